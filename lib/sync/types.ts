/**
 * The vocabulary of the sync engine (lib/sync): a destination turns records into requests and
 * responses into per-record outcomes; `syncRecords` batches, throttles, retries, checkpoints and
 * collects the results. HTTP goes through the injected `RequestFn` of lib/crm.
 */
import type { Row } from '../core/record';
import type { RetryPolicy } from '../crm/http/retryPolicy';
import type { CrmRequest, CrmResponse, RequestFn } from '../crm/types';

/** One record on its way to a destination. */
export interface SyncItem {
	/** The record's 0-based index in the input list (an n8n node maps it to the item). */
	index: number;
	record: Row;
	/** The record's idempotency key: the same in every run for the same change, so a replay has no second effect. */
	key: string;
}

/** Why a record failed. `code` is a `CrmApiErrorCode` or one of the sync's own (e.g. 'MISSING_FIELD', 'REJECTED'). */
export interface SyncError {
	code: string;
	message: string;
	/** HTTP status of the response (or of the record's part of it) that failed the record, if any. */
	status?: number;
	/** True when sending the record again later may succeed (a 5xx or 429 for this record): the run retries it. */
	retryable?: boolean;
}

/** What the destination did with one record. */
export interface RecordOutcome {
	status: 'created' | 'updated' | 'failed';
	destinationId?: string;
	/** The part of the response about this record (the whole parsed body for a one-record request). */
	response?: unknown;
	error?: SyncError;
}

/** One request and the records it carries, in the order the destination answers about them. */
export interface PreparedRequest {
	request: CrmRequest;
	items: SyncItem[];
}

/** A batch made ready to send: its requests, and the records that cannot be sent at all (e.g. no id). */
export interface PreparedBatch {
	requests: PreparedRequest[];
	rejected: Array<{ item: SyncItem; error: SyncError }>;
}

/** Settings the run hands to every destination. */
export interface PrepareContext {
	/** Header that carries the idempotency key, overriding the destination's own default. */
	idempotencyHeader?: string;
	/** The clock (signed webhooks put the time in a header). */
	now: () => Date;
}

/**
 * A place records are synced to, declared as data and built by `restDestination`,
 * `hubspotUpsert`, `salesforceUpsert` or `signedWebhook`.
 */
export interface SyncDestination {
	/** Names the service in messages: 'HubSpot', 'Salesforce', '' for a generic API (the URL names it). */
	readonly name: string;
	/** The settings that shape requests, so a checkpoint of another destination is not resumed. Holds no secret. */
	readonly label: string;
	/** Most records one batch may hold (100 for HubSpot, 200 for Salesforce, 1 for one request per record…). */
	readonly maxBatchSize: number;
	/** Batch size used when the run does not choose one. */
	readonly defaultBatchSize: number;
	/** Header names whose values are secret or derived from a secret: replaced by '***' in dry-run output. */
	readonly secretHeaders: readonly string[];
	/** Strings that must never appear in any output (a signing secret); scrubbed from error messages. */
	readonly secrets: readonly string[];
	prepare(items: SyncItem[], context: PrepareContext): PreparedBatch;
	/** Reads a 2xx response into one outcome per item, in the order of `items`. May throw a `CrmApiError` (e.g. malformed JSON). */
	interpret(response: CrmResponse, items: SyncItem[]): RecordOutcome[];
}

/** One record's line in the result of `syncRecords`. */
export interface SyncRecordResult {
	index: number;
	status: 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped';
	destinationId?: string;
	response?: unknown;
	error?: SyncError;
}

/**
 * Progress of a run, saved after every batch the destination acknowledged so that a run that
 * was interrupted can resume after it. Plain JSON, to keep in a workflow's static data.
 */
export interface SyncCheckpoint {
	version: 1;
	/** Hash of what this run sends (destination, batch size, the records' keys and content hashes, in order). */
	runKey: string;
	/** How many batches, from the first, the destination has acknowledged. */
	acknowledgedBatches: number;
	/** One letter per record of those batches, in sending order: c created, u updated, f failed. */
	outcomes: string;
	/** Destination ids of those records ('' for none), when any record has one. */
	ids?: string[];
	/** Errors of the failed records among them, by position in `outcomes`. */
	errors?: Record<string, SyncError>;
	/** True once every batch is acknowledged: the next run starts afresh instead of resuming. */
	complete?: boolean;
	/** The `runId` of the run that saved it. */
	runId?: string;
}

/** Where a checkpoint is kept between runs. */
export interface CheckpointStore {
	load(): Promise<SyncCheckpoint | undefined>;
	save(state: SyncCheckpoint): Promise<void>;
}

export interface SyncOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	/** Records per batch, at most the destination's limit. Default: the destination's default. */
	batchSize?: number;
	/** Most requests in flight at once. Default 4. */
	concurrency?: number;
	/** Most requests (retries included) started in any window of `intervalMs`. */
	rateLimit?: { requests: number; intervalMs: number };
	/** How each record's idempotency key is made. Default: content hash, header `Idempotency-Key`. */
	idempotency?: { mode: 'hash' | 'field'; field?: string; header?: string };
	/** Send only the records whose content hash differs from the one stored after the last sync. */
	changeDetection?: {
		/** Record key → content hash, as returned in `hashes` by the last run. */
		previous: Record<string, string>;
		/** The field whose value identifies a record across runs. */
		keyField: string;
		/** Send every record, changed or not. */
		force?: boolean;
		/** Most hashes kept; the least recently synced are dropped first. Default 100 000. */
		maxEntries?: number;
	};
	checkpoint?: CheckpointStore;
	/** Prepare the requests and return them (secrets redacted) without sending anything. */
	dryRun?: boolean;
	/** A name for this run, kept in its checkpoint so a resumed run can tell which run it continues. */
	runId?: string;
	/** The clock for signatures and the rate limit. Default `() => new Date()`. */
	now?: () => Date;
	/** How the rate limit waits. Default setTimeout. */
	sleep?: (ms: number) => Promise<void>;
}

/** A request as a dry run shows it. */
export interface DryRunRequest {
	method: CrmRequest['method'];
	url: string;
	headers: Record<string, string>;
	body: unknown;
}

export interface SyncResult {
	/** One per input record, in input order. */
	results: SyncRecordResult[];
	/** Record key → content hash to store for the next run's change detection ({} without it). */
	hashes: Record<string, string>;
	/** HTTP requests made, retries included. */
	requests: number;
	/** With `dryRun`: the requests that would have been sent. */
	dryRun?: DryRunRequest[];
	/** Set when this run resumed an interrupted one: how many batches it skipped, and that run's id. */
	resumed?: { acknowledgedBatches: number; runId?: string };
}

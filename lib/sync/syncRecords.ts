import type { Row } from '../core/record';
import { resolveRetryPolicy } from '../crm/http/retryPolicy';
import type { RequestFn } from '../crm/types';
import { readPath } from '../restructure/readPath';
import { boundedHashes } from './boundedHashes';
import { checkpointOutcomes } from './checkpointOutcomes';
import { checkpointProgress } from './checkpointProgress';
import { deliverItems, type DeliveryContext } from './deliverItems';
import { idempotencyKey } from './idempotencyKey';
import { rateLimiter } from './rateLimiter';
import { recordHash } from './recordHash';
import { redactRequest } from './redactRequest';
import { requestSlots } from './requestSlots';
import { runInOrder } from './runInOrder';
import { runKey } from './runKey';
import type { DryRunRequest, RecordOutcome, SyncCheckpoint, SyncDestination, SyncItem, SyncOptions, SyncRecordResult, SyncResult } from './types';

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_HASHES = 100_000;

/** A record on its way: its item, content hash and change-detection key. */
interface Pending {
	item: SyncItem;
	hash: string;
	changeKey: string | undefined;
}

/**
 * Pushes records to a destination, each exactly once in effect through retries and restarts:
 *
 * - Change detection: a record whose content hash equals the one stored by the last sync (under
 *   its `keyField` value) is not sent ('unchanged'), unless `force`. `hashes` in the result is
 *   what to store for next time (bounded by `maxEntries`); failed records keep their old hash, so
 *   they are sent again next time.
 * - Each record carries an idempotency key (see `idempotencyKey`: a content hash, of the change
 *   from the stored hash when there is one, or a field), the same in every run that sends the
 *   same change; the destination puts it in a header, a per-record field or a trace id.
 * - Records go in input order in batches of `batchSize`; at most `concurrency` requests are in
 *   flight, whichever batches they belong to (the earliest batches' requests first), at most
 *   `concurrency` batches are under way, and at most `rateLimit.requests` requests (retries
 *   included) start per interval.
 *   `sendRequest` retries 429 (with Retry-After), 5xx, resets and timeouts; records that fail for
 *   now inside a partial answer are sent again alone. A batch that still fails marks its records
 *   failed and the run goes on.
 * - Checkpoint: after each batch the destination has answered (every record succeeded or
 *   failed), the acknowledged prefix of batches is saved with the records' outcomes. A run with
 *   the same records (same `runKey`) resumes after it: those batches are not sent again and their
 *   outcomes come from the checkpoint. The batches after it are sent again with the same
 *   idempotency keys, so one applied but not acknowledged before an interruption is replayed by
 *   the destination, not applied twice. When `save` fails the run stops starting batches and
 *   rejects with that error (the checkpoint cannot promise a resume any more). A finished run
 *   saves a checkpoint marked complete, which the next run does not resume.
 * - Dry run: the requests are prepared and returned with credentials and signatures redacted;
 *   nothing is sent and the checkpoint is neither read nor written.
 *
 * @example
 * const { results, hashes } = await syncRecords(rows, restDestination({ urlTemplate: 'https://x/api/contacts/{{id}}', method: 'PUT' }), {
 * 	request: fetchRequest({ timeoutMs: 10_000 }),
 * 	changeDetection: { previous: staticData.hashes ?? {}, keyField: 'id' },
 * 	rateLimit: { requests: 10, intervalMs: 1000 },
 * });
 */
export async function syncRecords(records: Row[], destination: SyncDestination, options: SyncOptions): Promise<SyncResult> {
	const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
	if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`Concurrency must be a whole number of at least 1, got ${String(concurrency)}`);
	const batchSize = batchSizeFor(destination, options.batchSize);
	const retry = resolveRetryPolicy(options.retry);
	const now = options.now ?? (() => new Date());
	const detection = options.changeDetection;

	const results: SyncRecordResult[] = new Array(records.length);
	const pending = triage(records, options, results);
	const batches: Pending[][] = [];
	for (let at = 0; at < pending.length; at += batchSize) batches.push(pending.slice(at, at + batchSize));

	if (options.dryRun) {
		const shown = dryRun(batches, destination, options, now, results);
		return { results, hashes: detection === undefined ? {} : { ...detection.previous }, requests: 0, dryRun: shown };
	}

	const key = runKey(destination.label, batchSize, pending.map((p) => ({ key: p.item.key, hash: p.hash })));
	const fresh: SyncCheckpoint = { version: 1, runKey: key, acknowledgedBatches: 0, outcomes: '', ...(options.runId === undefined ? {} : { runId: options.runId }) };
	const loaded = options.checkpoint === undefined ? undefined : await options.checkpoint.load();
	const resumable = loaded !== undefined && resumes(loaded, key, batches);
	const skipped = resumable ? loaded.acknowledgedBatches : 0;
	const outcomes: Array<RecordOutcome[] | undefined> = new Array(batches.length);
	if (resumable) {
		const remembered = checkpointOutcomes(loaded);
		let at = 0;
		for (let b = 0; b < skipped; b++) outcomes[b] = batches[b].map(() => remembered[at++]);
	}
	const progress = checkpointProgress(resumable ? { ...loaded, ...(options.runId === undefined ? {} : { runId: options.runId }) } : fresh);

	let requests = 0;
	const acquire = options.rateLimit === undefined ? undefined : rateLimiter(options.rateLimit, options.sleep === undefined ? undefined : { now: () => now().getTime(), sleep: options.sleep });
	// One pool of slots for all batches: `concurrency` counts requests, also when a batch holds many one-record requests.
	const slots = requestSlots(concurrency);
	// Every attempt (a retry too) takes a slot, then its turn from the rate limit, in that order:
	// a request that waited for a slot after its turn could start in a window already full.
	const countedFor =
		(batch: number): RequestFn =>
		async (request) => {
			const release = await slots(batch);
			try {
				if (acquire !== undefined) await acquire();
				requests++;
				return await options.request(request);
			} finally {
				release();
			}
		};
	const context: Omit<DeliveryContext, 'request'> = {
		destination,
		retry,
		prepare: { now, ...(options.idempotency?.header === undefined ? {} : { idempotencyHeader: options.idempotency.header }) },
	};

	// Batches finish out of order; the checkpoint only moves over an unbroken run of finished ones.
	// Enough batches are under way to keep every slot busy: each has at least one request.
	let acknowledged = skipped;
	let saving: Promise<void> = Promise.resolve();
	await runInOrder(batches.length - skipped, concurrency, async (offset) => {
		const b = skipped + offset;
		outcomes[b] = await deliverItems(batches[b].map((p) => p.item), { ...context, request: countedFor(b) });
		const before = acknowledged;
		while (acknowledged < batches.length && outcomes[acknowledged] !== undefined) {
			progress.acknowledge(outcomes[acknowledged] as RecordOutcome[]);
			acknowledged++;
		}
		if (options.checkpoint === undefined || acknowledged === before) return;
		// Copied now: the batches acknowledged while this save waits its turn must not change what it saves.
		const snapshot = progress.snapshot();
		const store = options.checkpoint;
		// Saves run one after another, in order; this batch waits for its own, so a failed save stops the run.
		saving = saving.then(() => store.save(snapshot));
		await saving;
	});
	if (options.checkpoint !== undefined) await options.checkpoint.save({ ...progress.snapshot(), complete: true });

	for (const [b, batch] of batches.entries()) {
		batch.forEach((p, at) => (results[p.item.index] = resultOf(p.item.index, (outcomes[b] as RecordOutcome[])[at], destination.secrets)));
	}
	const hashes = detection === undefined ? {} : hashesToKeep(records, results, pending, detection);
	return { results, hashes, requests, ...(resumable ? { resumed: { acknowledgedBatches: skipped, ...(loaded.runId === undefined ? {} : { runId: loaded.runId }) } } : {}) };
}

function batchSizeFor(destination: SyncDestination, asked: number | undefined): number {
	const size = asked ?? destination.defaultBatchSize;
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a whole number of at least 1, got ${String(size)}`);
	// A destination that sends one record per request can group any number of them in a batch (a checkpoint step).
	if (destination.maxBatchSize > 1 && size > destination.maxBatchSize) {
		throw new RangeError(`Batch size ${size} is more than ${destination.name || 'the destination'} takes in one request (${destination.maxBatchSize})`);
	}
	return size;
}

/** Sorts records into those to send and those settled now (unchanged, or without a key); fills `results` for the latter. */
function triage(records: Row[], options: SyncOptions, results: SyncRecordResult[]): Pending[] {
	const detection = options.changeDetection;
	const mode = options.idempotency?.mode ?? 'hash';
	const pending: Pending[] = [];
	records.forEach((record, index) => {
		const hash = recordHash(record);
		const changeKey = detection === undefined ? undefined : changeKeyOf(record, detection.keyField);
		const previous = changeKey === undefined || !Object.hasOwn(detection?.previous ?? {}, changeKey) ? undefined : detection?.previous[changeKey];
		if (previous === hash && detection?.force !== true) {
			results[index] = { index, status: 'unchanged' };
			return;
		}
		const key = idempotencyKey(record, mode, options.idempotency?.field, previous, hash);
		if (key === undefined) {
			results[index] = { index, status: 'failed', error: { code: 'MISSING_KEY', message: `The record has no value in "${options.idempotency?.field ?? ''}" for its idempotency key` } };
			return;
		}
		pending.push({ item: { index, record, key }, hash, changeKey });
	});
	return pending;
}

function changeKeyOf(record: Row, keyField: string): string | undefined {
	const found = readPath(record, keyField);
	if (!found.found || found.value === null || found.value === undefined || found.value === '') return undefined;
	return typeof found.value === 'object' ? JSON.stringify(found.value) : String(found.value);
}

/** The change-detection hashes after this run: those of the records sent and not failed, and of the unchanged ones, in input order. */
function hashesToKeep(records: Row[], results: SyncRecordResult[], pending: Pending[], detection: NonNullable<SyncOptions['changeDetection']>): Record<string, string> {
	const sent = new Map(pending.map((p) => [p.item.index, p]));
	const synced = new Map<string, string>();
	results.forEach((result, index) => {
		const p = sent.get(index);
		if (p !== undefined && result.status !== 'failed' && p.changeKey !== undefined) synced.set(p.changeKey, p.hash);
		if (result.status !== 'unchanged') return;
		const changeKey = changeKeyOf(records[index], detection.keyField);
		if (changeKey !== undefined) synced.set(changeKey, detection.previous[changeKey]);
	});
	return boundedHashes(detection.previous, synced, detection.maxEntries ?? DEFAULT_MAX_HASHES);
}

/** Whether a loaded checkpoint belongs to this run and can be resumed. */
function resumes(state: SyncCheckpoint, key: string, batches: Pending[][]): boolean {
	if (state.version !== 1 || state.runKey !== key || state.complete === true) return false;
	const count = state.acknowledgedBatches;
	if (!Number.isInteger(count) || count < 0 || count > batches.length) return false;
	let records = 0;
	for (let b = 0; b < count; b++) records += batches[b].length;
	return typeof state.outcomes === 'string' && state.outcomes.length === records;
}

function dryRun(batches: Pending[][], destination: SyncDestination, options: SyncOptions, now: () => Date, results: SyncRecordResult[]): DryRunRequest[] {
	const shown: DryRunRequest[] = [];
	const context = { now, ...(options.idempotency?.header === undefined ? {} : { idempotencyHeader: options.idempotency.header }) };
	for (const batch of batches) {
		const prepared = destination.prepare(batch.map((p) => p.item), context);
		for (const p of batch) results[p.item.index] = { index: p.item.index, status: 'skipped' };
		for (const { item, error } of prepared.rejected) results[item.index] = resultOf(item.index, { status: 'failed', error }, destination.secrets);
		for (const { request } of prepared.requests) shown.push(redactRequest(request, destination.secretHeaders, destination.secrets));
	}
	return shown;
}

/** A record's line in the result; error messages are cleared of the destination's secrets. */
function resultOf(index: number, outcome: RecordOutcome, secrets: readonly string[]): SyncRecordResult {
	const result: SyncRecordResult = { index, status: outcome.status };
	if (outcome.destinationId !== undefined) result.destinationId = outcome.destinationId;
	if (outcome.response !== undefined) result.response = outcome.response;
	if (outcome.error !== undefined) {
		const message = secrets.filter((secret) => secret !== '').reduce((text, secret) => text.split(secret).join('***'), outcome.error.message);
		result.error = { ...outcome.error, message };
	}
	return result;
}

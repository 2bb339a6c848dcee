/** Types of the sink mock (index.js) for the TypeScript tests and scripts that use it. */
import type { Server } from 'node:http';

export interface MockSinkOptions {
	/** 0 (default): a free port on 127.0.0.1. */
	port?: number;
	host?: string;
	/** Added to every request (not to /__sink/ control requests). */
	latencyMs?: number;
	/** Seed of the PRNG behind `probability` matches and `partialBatch` ratios (default 1). */
	seed?: number;
	/** Bearer token required on /api when set. */
	token?: string;
	/** API key required on /api when set. */
	apiKey?: { name: string; value: string; in?: 'header' | 'query' };
	/** Basic credentials required on /api when set. */
	basic?: { username: string; password: string };
	/** Serves POST /oauth/token (client credentials) and accepts the tokens it issued on /api. */
	oauth2?: { clientId: string; clientSecret: string; expiresIn?: number };
	/** Verify X-Signature / X-Timestamp on /hooks (and on /api with signatureScope 'all') when set. */
	signingSecret?: string;
	signatureScope?: 'hooks' | 'all';
	/** Default 5 minutes. */
	signatureToleranceMs?: number;
	/** Records per batch above which the batch is refused with 413 (default 100). */
	maxBatch?: number;
	maxBodyBytes?: number;
	/** 'error' (default): an idempotency key reused with other content gets 422. 'replay': the first answer anyway. */
	idempotencyConflict?: 'error' | 'replay';
	/** Journal entries kept (default 200,000). */
	maxJournal?: number;
}

export type FaultSpec =
	| {
			type: 'status';
			status: number;
			headers?: Record<string, string>;
			/** An object is sent as JSON, a string as is; default a JSON error body (502 and 504: the HTML page). */
			body?: unknown;
			contentType?: string;
			/** Sends the HTML error page of a proxy (nginx) instead of JSON. */
			html?: boolean;
			/** `Retry-After` in seconds (or any text). */
			retryAfter?: number | string;
			/** `Retry-After` as an HTTP-date this many seconds ahead (rounded up to the second). */
			retryAfterDate?: number;
	  }
	/** Destroys the socket (TCP RST) before anything is applied or answered. */
	| { type: 'reset' }
	/** Applies the write (effect and idempotency key saved), then destroys the socket without answering. */
	| { type: 'applyThenReset' }
	/** Never answers, nothing applied (until the client gives up or the sink closes). */
	| { type: 'hang' }
	/** Applies the write, then never answers. */
	| { type: 'applyThenHang' }
	/**
	 * Waits `ms` (+ a seeded jitter below `jitterMs`) before processing, or with afterApply between
	 * applying and answering. Delay rules add up and combine with the other fault that fires.
	 * The work goes on if the client gives up meanwhile, as on a real server.
	 */
	| { type: 'delay' | 'slow'; ms: number; jitterMs?: number; afterApply?: boolean }
	/**
	 * Batch requests only: fails the records at `indexes` (negative: from the end), the first
	 * `count`, those with keys in `keys`, and/or a seeded `ratio` of them (default: the first
	 * record); the rest are applied and the answer is 207.
	 */
	| {
			type: 'partialBatch';
			indexes?: number[];
			count?: number;
			keys?: string[];
			ratio?: number;
			code?: string;
			message?: string;
			/** The per-record error's `status` (default 500). */
			recordStatus?: number;
	  };

export interface FaultRule {
	id?: string;
	match?: {
		method?: string | string[];
		/** Regular expression tested against the path (without the query). */
		path?: string | RegExp;
		/** Fire on these 1-based occurrences of a matching request (takes precedence over every and probability). */
		nth?: number | number[];
		/** Fire on every `every`th matching request (takes precedence over probability). */
		every?: number;
		probability?: number;
		/** A PRNG of its own for this rule (else the sink's seeded PRNG). */
		seed?: number;
		/** Fire at most this many times. */
		times?: number;
	};
	/** A spec, or just its type ('reset', 'hang', …) for the types that need no parameters. */
	fault: FaultSpec | 'reset' | 'applyThenReset' | 'hang' | 'applyThenHang' | 'partialBatch';
}

export interface FaultState {
	id: string;
	match: Record<string, unknown>;
	fault: FaultSpec;
	/** Requests that matched method and path. */
	seen: number;
	/** Times it fired. */
	hits: number;
}

export interface Effect {
	seq: number;
	at: number;
	/** The collection, or `hooks/<name>` for webhook deliveries. */
	collection: string;
	key: string;
	idempotencyKey: string | null;
	kind: 'created' | 'updated' | 'delivered';
	/** The sink's id of the record (or delivery). */
	id: string;
	/** The content applied (a webhook's parsed body). */
	record: unknown;
	/** Journal seq of the request that applied it. */
	request: number;
	verified?: boolean;
}

export interface SinkStats {
	/** Requests to /api, /hooks and /oauth (control requests excluded), faulted ones included. */
	requests: number;
	effects: number;
	created: number;
	updated: number;
	/** Writes of the content a key already held (no effect). */
	unchanged: number;
	delivered: number;
	/** Answers served from the idempotency table (no effect). */
	replayed: number;
	/** Per-record failures: partialBatch faults, invalid records, idempotency keys reused with other content. */
	failed: number;
	/** 401s: credentials or signature. */
	rejected: number;
	/** Requests a fault rule fired on. */
	faults: number;
}

export interface Ledger {
	effects: Effect[];
	byKey: Record<string, { count: number; created: number; updated: number; delivered: number; last: Effect }>;
	stats: SinkStats;
}

export interface JournalEntry {
	seq: number;
	at: number;
	method: string;
	path: string;
	query: string;
	/** As received (lower-case names), credentials included: the journal is test data, never log it. */
	headers: Record<string, string | string[] | undefined>;
	bodySize: number;
	/** null when no answer was sent (reset, hang). */
	status: number | null;
	outcome: 'pending' | 'responded' | 'clientGone' | 'reset' | 'applyThenReset' | 'hang' | 'applyThenHang' | 'closed';
	/** The ids of the fault rules that fired. */
	faults: string[];
	durationMs: number | null;
	replayed?: boolean;
	/** For applyThenReset / applyThenHang: the status the sink would have answered. */
	appliedStatus?: number;
}

export interface JournalFilter {
	/** Only entries after this seq. */
	since?: number;
	method?: string;
	/** Regular expression (source) tested against the path. */
	path?: string;
}

export interface StoredRecord {
	collection: string;
	key: string;
	id: string;
	record: Record<string, unknown>;
}

export interface MockSink {
	url: string;
	port: number;
	server: Server;
	close(): Promise<void>;
	addFault(rule: FaultRule): string;
	addFault(rules: FaultRule[]): string[];
	removeFault(id: string): boolean;
	clearFaults(): void;
	faults(): FaultState[];
	ledger(filter?: { collection?: string }): Ledger;
	requests(filter?: JournalFilter): JournalEntry[];
	/** The CRM mock's name for requests(). */
	journal(filter?: JournalFilter): JournalEntry[];
	clearRequests(): void;
	records(collection?: string): StoredRecord[];
	reset(): void;
	setLatency(ms: number): void;
	revokeTokens(): void;
}

/** The same control API over HTTP, for a sink in another process. */
export interface RemoteMockSink {
	url: string;
	addFault(rule: FaultRule): Promise<string>;
	addFault(rules: FaultRule[]): Promise<string[]>;
	removeFault(id: string): Promise<{ removed: boolean }>;
	clearFaults(): Promise<unknown>;
	faults(): Promise<FaultState[]>;
	ledger(filter?: { collection?: string }): Promise<Ledger>;
	requests(filter?: JournalFilter): Promise<JournalEntry[]>;
	clearRequests(): Promise<unknown>;
	records(collection?: string): Promise<StoredRecord[]>;
	reset(): Promise<unknown>;
	setLatency(ms: number): Promise<unknown>;
	revokeTokens(): Promise<unknown>;
}

export interface Audit {
	ok: boolean;
	lost: string[];
	doubled: string[];
	stale: string[];
	unexpected: string[];
}

export function startMockSink(options?: MockSinkOptions): Promise<MockSink>;
export function connectMockSink(url: string): RemoteMockSink;
export function auditLedger(ledger: Pick<Ledger, 'effects' | 'byKey'>, expected: Iterable<string | { key: string; record?: Record<string, unknown> }>): Audit;
/** `sha256=<hex HMAC-SHA256(secret, timestamp + '.' + rawBody)>`. */
export function sign(secret: string, timestamp: number | string, rawBody: string | Buffer): string;
/** `{ 'X-Timestamp', 'X-Signature' }` for a body (timestamp default now). */
export function signatureHeaders(secret: string, rawBody: string | Buffer, timestamp?: number): Record<'X-Timestamp' | 'X-Signature', string>;
export function verifySignature(
	secret: string,
	headers: Record<string, string | string[] | undefined>,
	rawBody: string | Buffer,
	options?: { now?: number; toleranceMs?: number },
): { code: string; message: string } | undefined;
/** JSON with sorted object keys: the sink's notion of "same content". */
export function canonical(value: unknown): string;

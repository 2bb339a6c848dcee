/** Types for test/mock-crm/index.js (plain CommonJS); see README.md beside it. */

export type Personality = 'hubspot' | 'salesforce' | 'pipedrive' | 'rest';

export interface RateLimitKnob {
	/** Requests per window (token bucket capacity and refill). */
	max: number;
	windowMs?: number;
	/** Send Retry-After on 429 (default true). */
	retryAfter?: boolean;
	/** HubSpot only: requests per day, then 429 DAILY. */
	daily?: number;
}

export interface MockCrmConfig {
	hubspot: {
		token: string;
		rateLimit: RateLimitKnob | null;
		searchRateLimit: RateLimitKnob | null;
		searchLagMs: number;
		uniqueProperties: Record<string, string[]>;
		extraProperties: Record<string, string[]>;
		strictProperties: boolean;
	};
	salesforce: {
		clientId: string;
		clientSecret: string;
		refreshToken: string;
		tokenLifetimeCalls: number | null;
		dailyLimit: number;
		loginLimitPerHour: number;
		shortPages: boolean | number;
		strictFields: boolean;
	};
	pipedrive: { token: string; rateLimit: RateLimitKnob | null };
	rest: {
		token: string | null;
		auth: 'any' | 'bearer' | 'header' | 'basic' | 'query';
		headerName: string;
		queryName: string;
		rateLimit: RateLimitKnob | null;
	};
	journalLimit: number;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | T[K] : T[K] };

export interface MockCrmOptions {
	port?: number;
	hubspotToken?: string;
	salesforce?: Partial<MockCrmConfig['salesforce']>;
	pipedriveToken?: string;
	/** null = the REST personality needs no auth. */
	restToken?: string | null;
	/** PRNG seed for probability faults, jitter and short pages. */
	seed?: number;
	/** Initial virtual clock (ISO) or 'real'; default '2024-06-01T00:00:00.000Z'. */
	clock?: string;
	hubspot?: DeepPartial<MockCrmConfig['hubspot']>;
	pipedrive?: DeepPartial<MockCrmConfig['pipedrive']>;
	rest?: DeepPartial<MockCrmConfig['rest']>;
	journalLimit?: number;
}

export type FaultType =
	| 'status' | 'delay' | 'hang' | 'reset' | 'resetMidBody' | 'malformedJson' | 'emptyBody' | 'wrongContentType'
	| 'slowBody' | 'duplicatePage' | 'shortPage' | 'partialBatch' | 'tokenExpiry';

export interface FaultRule {
	id?: string;
	match?: {
		method?: string | string[];
		/** Regular expression (source) tested against the path, without the query string. */
		path?: string;
		personality?: Personality;
		query?: Record<string, string>;
		/** 1-based among the requests this rule matches. */
		nth?: number | number[];
		every?: number;
		probability?: number;
		times?: number;
	};
	fault: {
		type: FaultType;
		status?: number;
		headers?: Record<string, string>;
		body?: unknown;
		contentType?: string;
		html?: boolean;
		/** Retry-After in seconds. */
		retryAfter?: number | string;
		/** Retry-After as an HTTP-date this many seconds ahead. */
		retryAfterDate?: number;
		ms?: number;
		jitterMs?: number;
		when?: 'beforeHeaders' | 'midBody';
		size?: number;
		indexes?: number[];
		count?: number;
		chunkSize?: number;
		intervalMs?: number;
	} | FaultType;
}

export interface JournalEntry {
	seq: number;
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
	/** null while pending or hanging, 0 for a reset before headers. */
	status: number | null;
	/** Real time the request arrived (epoch ms). */
	at: number;
	/** Virtual clock (ISO) when it arrived. */
	clock: string;
	personality: Personality | null;
	faults: string[];
	durationMs?: number;
	error?: string;
}

export interface WebhookOptions {
	targetUrl: string;
	clientSecret: string;
	events?: Array<Record<string, unknown>>;
	method?: string;
	stale?: boolean;
	badSignature?: boolean;
	tamperBody?: boolean;
	duplicate?: boolean;
	reorder?: boolean;
	retries?: number;
	retryDelayMs?: number;
}

export interface WebhookResult {
	events: Array<Record<string, unknown>>;
	deliveries: Array<{ attempt: number; status: number; body?: string; error?: string; timestamp: string; signature: string }>;
}

export interface GenerateOptions {
	personality?: Personality;
	/** ISO instant shared by every record (true = `start`). */
	sameTimestamp?: string | boolean;
	/** First id (HubSpot/Pipedrive/REST: the number; Salesforce: the Contact id counter); default: assigned by the store. */
	startId?: number;
	/** First updated-at; default 2024-01-01T00:00:00.000Z. */
	start?: string;
	/** Updated-at step between records; default 1000 ms. */
	stepMs?: number;
}

export interface MockCrm {
	url: string;
	port: number;
	close(): Promise<void>;
	seed(personality: Personality, objectType: string, records: object[]): Array<string | number>;
	generate(personality: Personality, objectType: string, n: number, options?: GenerateOptions): Array<string | number>;
	setClock(iso: string): string;
	advanceClock(ms: number): string;
	now(): string;
	addFault(rule: FaultRule): string;
	removeFault(id: string): boolean;
	clearFaults(): void;
	faults(): Array<FaultRule & { seen: number; hits: number }>;
	journal(filter?: { since?: number; method?: string; path?: string; personality?: Personality }): JournalEntry[];
	clearJournal(): void;
	reset(): void;
	configure(patch: DeepPartial<MockCrmConfig>): MockCrmConfig;
	records(personality: Personality, objectType: string): Array<Record<string, unknown>>;
	emitHubSpotWebhook(options: WebhookOptions): Promise<WebhookResult>;
	expireSalesforceTokens(): void;
	stats(): { requests: number; byPersonality: Record<string, number>; salesforce: { logins: number; apiUsage: number }; hubspot: { dailyUsed: number }; now: string };
	readonly config: MockCrmConfig;
	readonly state: Record<string, unknown>;
}

export function startMockCrm(options?: MockCrmOptions): Promise<MockCrm>;
export function generateContacts(n: number, options?: GenerateOptions): Array<Record<string, unknown>>;
export function signHubSpotV3(secret: string, method: string, uri: string, body: string, timestamp: string | number): string;
export function signHubSpotV1(secret: string, body: string): string;
export function signHubSpotV2(secret: string, method: string, uri: string, body: string): string;
export function makeSalesforceId(prefix: string, n: number): string;

import type { Row } from '../core/record';
import type { RetryPolicy } from './http/retryPolicy';
import type { ChangeCursor, RequestFn } from './types';

/** A field condition of a list read; each connector maps it to its CRM's filter syntax. */
export interface CrmFilter {
	field: string;
	operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains';
	value: string;
}

/** Options of `listRecords`, the same for every connector (a connector may extend the filter). */
export interface ListOptions<Filter extends CrmFilter = CrmFilter> {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	/** Fields to read; the CRM's defaults when absent. */
	properties?: string[];
	/** At most this many records; all when absent. */
	limit?: number;
	filters?: Filter[];
	/** Records per request, capped at what the CRM allows. */
	pageSize?: number;
}

/** Options of `getRecord`. */
export interface GetOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	properties?: string[];
}

/** Options of `readChangedSince`: the incremental read from an (updatedAt, id) cursor. */
export interface ChangedOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	properties?: string[];
	/** Start after this cursor; the beginning when absent. */
	cursor?: ChangeCursor;
	/** The read's upper bound, fixed when it starts (default: now), so records changing during the read come next time. */
	upperBound?: string;
	now?: () => Date;
	pageSize?: number;
	/** Called after each page with its records and the cursor after them: a checkpoint the caller may keep. */
	onPage?: (records: Row[], cursor: ChangeCursor) => void | Promise<void>;
}

/** What `readChangedSince` read, the new cursor (the last record's, or the old one) and the bound used. */
export interface ChangedResult {
	records: Row[];
	cursor: ChangeCursor;
	upperBound: string;
}

import type { CrmFilter } from '../connectorOptions';

/** How the REST API pages through a list; each style names the fields and parameters it uses. */
export type RestPagination =
	| { style: 'none' }
	/** The body carries a cursor for the next page (at `cursorPath`), sent back as `cursorParam`. */
	| { style: 'cursor'; cursorPath: string; cursorParam: string }
	/** The body carries the next page's URL (absolute or relative to the page read) at `nextUrlPath`. */
	| { style: 'nextUrl'; nextUrlPath: string }
	| { style: 'offset'; offsetParam: string; limitParam: string; pageSize: number }
	/** Page numbers from `firstPage` (default 1); `sizeParam`/`pageSize` ask for a page size when given. */
	| { style: 'page'; pageParam: string; sizeParam?: string; pageSize?: number; firstPage?: number }
	/** RFC 8288 `Link: <…>; rel="next"` response header. */
	| { style: 'linkHeader' };

/** Everything the generic connector needs to read one REST API's list of records: settings as data. */
export interface RestConfig {
	/** e.g. `https://api.example.com/v1`. */
	baseUrl: string;
	/** Appended to `baseUrl`, e.g. `/contacts`; one record is `{path}/{id}`. */
	path: string;
	/** Dotted path of the records array in the body (`data`, `result.items`); '' when the body is the array. */
	recordsPath: string;
	pagination: RestPagination;
	/** Dotted path of each record's id. */
	idField: string;
	/** Dotted path of each record's last-modified time (ISO 8601, or epoch seconds/milliseconds). */
	updatedAtField: string;
	/**
	 * Query parameter that makes the server return only records updated at or after an ISO 8601
	 * instant. Optional: without it every read is a full read filtered here. It must be inclusive
	 * (≥): records sharing the cursor's time with a higher id are read again by the filter here.
	 */
	updatedSinceParam?: string;
	/** Extra query parameters sent with every list request. */
	query?: Record<string, string>;
}

/** A field condition of a list read. */
export type RestFilter = CrmFilter;

export type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../connectorOptions';

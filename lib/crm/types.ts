/**
 * The shared vocabulary of the CRM connectors (lib/crm). HTTP goes through an injected
 * `RequestFn`: the n8n node passes one built on `httpRequestWithAuthentication` (credentials
 * applied by n8n), tests pass one built on Node's fetch against the mock CRM on 127.0.0.1.
 */

/**
 * One HTTP request. `url` is absolute; `qs` is appended to it; `body` is sent as JSON, or as
 * form fields with `form`, or as it is when it is a string (with the `content-type` header given).
 */
export interface CrmRequest {
	method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
	url: string;
	qs?: Record<string, string | number | boolean | undefined>;
	headers?: Record<string, string>;
	body?: unknown;
	/** Send `body` (a flat object) as application/x-www-form-urlencoded. */
	form?: boolean;
	/** Milliseconds before the request is abandoned as timed out. */
	timeoutMs?: number;
}

/** What came back. `body` is the raw text; connectors parse it (malformed JSON is a clear error). */
export interface CrmResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string>;
	body: string;
}

/**
 * Sends a request and resolves with any HTTP status (it does not throw on 4xx/5xx). It rejects
 * only on network failure (reset, refused, timeout): the rejection's `code` is then e.g.
 * 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT'.
 */
export type RequestFn = (request: CrmRequest) => Promise<CrmResponse>;

/** The incremental cursor: the last (updatedAt, id) read; ties on updatedAt are ordered by id. */
export interface ChangeCursor {
	/** ISO 8601 instant. */
	updatedAt: string;
	/** The id of the last record read at `updatedAt` ('' before any). */
	id: string;
}

/** One CRM record in the shape shared by every CRM (the node's "normalised" output option). */
export interface NormalisedRecord {
	id: string;
	source: 'hubspot' | 'salesforce' | 'pipedrive' | 'rest';
	objectType: string;
	email: string | null;
	phone: string | null;
	firstName: string | null;
	lastName: string | null;
	company: string | null;
	owner: string | null;
	createdAt: string | null;
	updatedAt: string | null;
	/** The CRM's record as it came. */
	raw: Record<string, unknown>;
}

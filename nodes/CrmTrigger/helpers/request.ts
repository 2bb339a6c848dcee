import type { IWebhookFunctions } from 'n8n-workflow';

/** What the node reads of n8n's (Express) request. */
export interface IncomingRequest {
	method: string;
	/** Path and query as received, still URL-encoded (Express); `url` when there is no `originalUrl`. */
	originalUrl?: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
	/** The body bytes as received; n8n reads them before the node runs. */
	rawBody?: Buffer;
	/** n8n's reader of the body bytes, for the rare request whose body it did not read. */
	readRawBody?: () => Promise<void>;
	/** `http` or `https`, as Express sees it (with N8N_PROXY_HOPS set, from X-Forwarded-Proto). */
	protocol?: string;
}

/** What the node writes to n8n's (Express) response: Node's own `writeHead` and `end`. */
export interface OutgoingResponse {
	writeHead(status: number, headers?: Record<string, string>): unknown;
	end(body?: string): unknown;
}

/** The request n8n is serving, with its raw body read. */
export async function incomingRequest(ctx: IWebhookFunctions): Promise<IncomingRequest> {
	const req = ctx.getRequestObject() as unknown as IncomingRequest;
	if (req.rawBody === undefined && typeof req.readRawBody === 'function') await req.readRawBody();
	return req;
}

/** The query string of a request target, with its `?`, exactly as sent; `''` without one. */
export function queryOf(target: string): string {
	const at = target.indexOf('?');
	return at === -1 ? '' : target.slice(at);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	const first = text?.split(',')[0].trim();
	return first ? first : undefined;
}

/**
 * The full URL the sender called, as signatures that cover the URL (HubSpot v3) need it: the
 * scheme, host and path it used and the query string exactly as sent. n8n cannot see the scheme
 * and host the sender used when a proxy sits in front of it, so this is, in order:
 * 1. the **Public Webhook URL** option with the request's query string, when set;
 * 2. with **Use Forwarded Headers**, `X-Forwarded-Proto` and `X-Forwarded-Host` (first values)
 *    or the Host header, with the request's path and query (for a proxy that keeps the path);
 * 3. by default the node's webhook URL as n8n shows it (built from `WEBHOOK_URL`, the setting
 *    n8n's docs require behind a proxy; the test URL while the editor listens) with the query.
 */
export function calledUrl(ctx: IWebhookFunctions, req: IncomingRequest, options: { publicUrl?: string; useForwardedHeaders?: boolean }): string {
	const target = req.originalUrl ?? req.url ?? '';
	const query = queryOf(target);
	const publicUrl = (options.publicUrl ?? '').trim();
	if (publicUrl !== '') return publicUrl.replace(/[?#].*$/, '') + query;
	if (options.useForwardedHeaders) {
		const proto = firstHeader(req.headers['x-forwarded-proto']) ?? req.protocol ?? 'http';
		const host = firstHeader(req.headers['x-forwarded-host']) ?? firstHeader(req.headers.host) ?? '';
		return `${proto}://${host}${target}`;
	}
	// getWebhookResourceUrl is the URL being served (test or production); older n8n only has the production one.
	const nodeUrl = typeof ctx.getWebhookResourceUrl === 'function' ? ctx.getWebhookResourceUrl('default') : ctx.getNodeWebhookUrl('default');
	return (nodeUrl ?? '') + query;
}

import type { Row } from '../core/record';
import { setField } from '../core/record';
import type { CrmRequest } from '../crm/types';
import { fillBodyTemplate } from './fillBodyTemplate';
import { fillUrlTemplate, PLACEHOLDER } from './fillUrlTemplate';
import { readBatchAnswer } from './readBatchAnswer';
import { readOneAnswer } from './readOneAnswer';
import type { PreparedBatch, SyncDestination, SyncItem } from './types';

export interface RestDestinationConfig {
	/** Default POST. */
	method?: 'POST' | 'PUT' | 'PATCH';
	/** The URL of one record, with `{{field}}` placeholders filled from it (URL-encoded), e.g. `https://x/api/contacts/{{id}}`. */
	urlTemplate: string;
	/** JSON text with `{{field}}` placeholders (see `fillBodyTemplate`); default the whole record. */
	bodyTemplate?: string;
	/** How bodies are written. Default 'json'. 'form' sends one flat record per request. */
	format?: 'json' | 'ndjson' | 'form';
	/** One request per record (default), or batches to `batchUrl`. */
	mode?: 'perRecord' | 'batch';
	/** The batch endpoint (placeholders are not filled); default `urlTemplate`. */
	batchUrl?: string;
	/** Most records the batch endpoint takes. Default 100. */
	maxBatchSize?: number;
	/** JSON batches: the field the records go in (`{ records: [...] }`); default none, a bare array. */
	batchField?: string;
	/** Batches: where the answer lists per-record results (see `readBatchAnswer`). */
	resultsPath?: string;
	/** Where an answer (or a batch result) holds the record's id at the destination. Default `id`. */
	responseIdPath?: string;
	/** One-record requests: the header carrying the idempotency key. Default `Idempotency-Key`. */
	idempotencyHeader?: string;
	/** Batches: the field added to each record for its idempotency key. Default `idempotencyKey`. */
	idempotencyField?: string;
}

const FORMATS = new Set(['json', 'ndjson', 'form']);

/**
 * A generic REST API destination. Per record: `method urlTemplate` with the record (or the filled
 * body template) as JSON, one NDJSON line or a form, and the idempotency key in a header. In
 * batches: one request to `batchUrl` with up to `maxBatchSize` records as a JSON array (or under
 * `batchField`) or NDJSON; a batch has no per-record header, so each record carries its key in the
 * field `idempotencyField` (the convention of our sink and of APIs such as Segment's batch
 * `messageId`), and no batch-wide key is sent, so records retried alone after a partial failure
 * are not refused as a reused batch key. Answers are read by `readOneAnswer` / `readBatchAnswer`.
 *
 * NDJSON bodies are text: the request function must send a string body as it is.
 *
 * @example
 * restDestination({ method: 'PUT', urlTemplate: 'https://x/api/contacts/{{id}}', responseIdPath: 'data.id' });
 * restDestination({ urlTemplate: 'https://x/api/contacts/batch', mode: 'batch', maxBatchSize: 500, format: 'ndjson' });
 */
export function restDestination(config: RestDestinationConfig): SyncDestination {
	const method = config.method ?? 'POST';
	const format = config.format ?? 'json';
	const batch = config.mode === 'batch';
	const maxBatchSize = config.maxBatchSize ?? 100;
	const batchUrl = config.batchUrl ?? config.urlTemplate;
	const idempotencyField = config.idempotencyField ?? 'idempotencyKey';
	check(config, batch, format, maxBatchSize, batchUrl);
	const bodyOf = (record: Row): unknown => (config.bodyTemplate === undefined ? record : fillBodyTemplate(config.bodyTemplate, record));

	return {
		name: '',
		label: `rest:${method}:${batch ? `batch:${batchUrl}:${maxBatchSize}:${config.batchField ?? ''}:${idempotencyField}` : config.urlTemplate}:${format}:${config.bodyTemplate ?? ''}`,
		maxBatchSize: batch ? maxBatchSize : 1,
		defaultBatchSize: batch ? maxBatchSize : 100,
		secretHeaders: [],
		secrets: [],
		prepare(items, context): PreparedBatch {
			const result: PreparedBatch = { requests: [], rejected: [] };
			if (batch) {
				const ready: Array<{ item: SyncItem; body: unknown }> = [];
				for (const item of items) {
					try {
						ready.push({ item, body: withKey(bodyOf(item.record), idempotencyField, item.key) });
					} catch (error) {
						result.rejected.push({ item, error: { code: 'BAD_RECORD', message: (error as Error).message } });
					}
				}
				if (ready.length > 0) {
					const bodies = ready.map((r) => r.body);
					const request: CrmRequest = { method, url: batchUrl, ...encode(format === 'ndjson' ? bodies : config.batchField ? { [config.batchField]: bodies } : bodies, format) };
					result.requests.push({ request, items: ready.map((r) => r.item) });
				}
				return result;
			}
			for (const item of items) {
				try {
					const url = fillUrlTemplate(config.urlTemplate, item.record);
					const encoded = encode(format === 'ndjson' ? [bodyOf(item.record)] : bodyOf(item.record), format);
					const headers = { ...encoded.headers, [context.idempotencyHeader ?? config.idempotencyHeader ?? 'Idempotency-Key']: item.key };
					result.requests.push({ request: { method, url, ...encoded, headers }, items: [item] });
				} catch (error) {
					result.rejected.push({ item, error: { code: 'BAD_RECORD', message: (error as Error).message } });
				}
			}
			return result;
		},
		interpret(response, items) {
			if (!batch) return [readOneAnswer(response, config.responseIdPath)];
			return readBatchAnswer(response, items.length, { call: `${method} ${batchUrl}`, resultsPath: config.resultsPath, idPath: config.responseIdPath });
		},
	};
}

function check(config: RestDestinationConfig, batch: boolean, format: string, maxBatchSize: number, batchUrl: string): void {
	if (!/^https?:\/\//i.test(config.urlTemplate)) throw new RangeError(`The URL template must start with http:// or https://, got "${config.urlTemplate}"`);
	if (!FORMATS.has(format)) throw new RangeError(`Body format "${format}" is not one of json, ndjson, form`);
	if (config.bodyTemplate !== undefined) fillBodyTemplate(config.bodyTemplate, {});
	if (!batch) return;
	if (format === 'form') throw new RangeError('A form body holds one record: choose one request per record, or JSON or NDJSON for batches');
	if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) throw new RangeError(`The batch size limit must be a whole number of at least 1, got ${String(maxBatchSize)}`);
	if (new RegExp(PLACEHOLDER.source).test(batchUrl)) throw new RangeError(`The batch URL "${batchUrl}" has a {{field}} placeholder, but one batch holds many records`);
}

/** The record with its idempotency key added, when it is an object (other bodies are sent as they are). */
function withKey(body: unknown, field: string, key: string): unknown {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
	const copy = { ...(body as Row) };
	setField(copy, field, key);
	return copy;
}

/**
 * The request's body fields for a format: NDJSON as text (one line per value) with its content
 * type, forms flat with objects as JSON text. JSON and form content types are the request
 * function's to set.
 */
function encode(body: unknown, format: 'json' | 'ndjson' | 'form'): Pick<CrmRequest, 'body' | 'form' | 'headers'> {
	if (format === 'ndjson') return { body: (body as unknown[]).map((value) => JSON.stringify(value)).join('\n') + '\n', headers: { 'content-type': 'application/x-ndjson' } };
	if (format === 'json') return { body, headers: {} };
	if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RangeError('A form body must be one object');
	const flat: Record<string, string> = {};
	for (const [name, value] of Object.entries(body)) {
		if (value !== undefined && value !== null) flat[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return { body: flat, form: true, headers: {} };
}

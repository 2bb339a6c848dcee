import { isPlainObject } from '../restructure/isPlainObject';
import { parseJson } from '../crm/http/parseJson';
import type { CrmResponse } from '../crm/types';
import { keyedItems } from './keyedItems';
import type { PreparedBatch, RecordOutcome, SyncDestination, SyncItem } from './types';

export interface HubspotUpsertConfig {
	/** Default `https://api.hubapi.com`; the credential adds the token. */
	baseUrl?: string;
	/** `contacts`, `companies`, `deals`, `tickets` or a custom object type. */
	objectType: string;
	/** A unique property that identifies the record (`email` for contacts, or a custom unique property). */
	idProperty: string;
	/** The record fields sent as properties; default all top-level fields (or the record's own `properties` object). */
	properties?: string[];
}

/** HubSpot's limit for batch endpoints. */
const MAX_INPUTS = 100;

/**
 * A HubSpot destination: `POST /crm/v3/objects/{objectType}/batch/upsert` with up to 100 inputs
 * `{ idProperty, id, properties, objectWriteTraceId }`. The upsert is idempotent by `idProperty`,
 * and each input's `objectWriteTraceId` is the record's idempotency key. Properties are sent as
 * text, as HubSpot stores them (null becomes '' which clears the value). HubSpot's `new` flag
 * tells created from updated; a 207 answer's `errors` are matched back to their records by trace
 * id, input index or id, so one bad record fails alone.
 *
 * @example
 * const destination = hubspotUpsert({ objectType: 'contacts', idProperty: 'email' });
 * await syncRecords(rows, destination, { request: hubspotRequest });
 */
export function hubspotUpsert(config: HubspotUpsertConfig): SyncDestination {
	if (!/^[A-Za-z0-9_-]+$/.test(config.objectType)) throw new RangeError(`HubSpot object type "${config.objectType}" is not valid`);
	if (config.idProperty.trim() === '') throw new RangeError('HubSpot upsert needs an id property, such as email');
	const baseUrl = (config.baseUrl ?? 'https://api.hubapi.com').replace(/\/+$/, '');
	const url = `${baseUrl}/crm/v3/objects/${config.objectType}/batch/upsert`;
	const label = `HubSpot POST ${url}`;
	const idOf = (item: SyncItem): unknown => propertiesOf(item, config)[config.idProperty];

	return {
		name: 'HubSpot',
		label: `hubspot:${url}:${config.idProperty}:${(config.properties ?? []).join(',')}`,
		maxBatchSize: MAX_INPUTS,
		defaultBatchSize: MAX_INPUTS,
		secretHeaders: [],
		secrets: [],
		prepare(items): PreparedBatch {
			const { accepted, rejected } = keyedItems(items, idOf, `the id property "${config.idProperty}"`);
			if (accepted.length === 0) return { requests: [], rejected };
			const inputs = accepted.map(({ item, id }) => ({
				idProperty: config.idProperty,
				id,
				properties: asText(propertiesOf(item, config), config.idProperty === 'hs_object_id' ? 'hs_object_id' : undefined),
				objectWriteTraceId: item.key,
			}));
			return { requests: [{ request: { method: 'POST', url, body: { inputs } }, items: accepted.map((a) => a.item) }], rejected };
		},
		interpret(response: CrmResponse, items): RecordOutcome[] {
			return readUpsertAnswer(parseJson(response, label), items, idOf, config.idProperty);
		},
	};
}

function propertiesOf(item: SyncItem, config: HubspotUpsertConfig): Record<string, unknown> {
	const source = isPlainObject(item.record.properties) ? item.record.properties : item.record;
	if (config.properties === undefined) return source;
	const picked: Record<string, unknown> = {};
	for (const name of config.properties) if (Object.hasOwn(source, name)) picked[name] = source[name];
	return picked;
}

function asText(properties: Record<string, unknown>, leaveOut: string | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(properties)) {
		if (name === leaveOut) continue;
		out[name] = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return out;
}

/** Matches HubSpot's results and errors to the items sent. */
function readUpsertAnswer(body: unknown, items: SyncItem[], idOf: (item: SyncItem) => unknown, idProperty: string): RecordOutcome[] {
	const outcomes: Array<RecordOutcome | undefined> = items.map(() => undefined);
	const byId = new Map<string, number>();
	const byTrace = new Map<string, number>();
	items.forEach((item, at) => {
		byId.set(String(idOf(item)).trim().toLowerCase(), at);
		byTrace.set(item.key, at);
	});
	const answer = isPlainObject(body) ? body : {};
	const results = Array.isArray(answer.results) ? answer.results : [];
	const errors = Array.isArray(answer.errors) ? answer.errors : [];
	for (const result of results) {
		if (!isPlainObject(result)) continue;
		const at = positionOf(result, byTrace, byId, idProperty);
		if (at === undefined || outcomes[at] !== undefined) continue;
		outcomes[at] = { status: result.new === true ? 'created' : 'updated', destinationId: result.id === undefined ? undefined : String(result.id), response: result };
	}
	let unplaced: string | undefined;
	for (const error of errors) {
		if (!isPlainObject(error)) continue;
		const message = `HubSpot: ${typeof error.message === 'string' ? error.message : 'the record was refused'}${typeof error.category === 'string' ? ` (${error.category})` : ''}`;
		const failure: RecordOutcome = { status: 'failed', error: { code: 'REJECTED', message }, response: error };
		const positions = errorPositions(error, byTrace, byId, items.length);
		if (positions.length === 0) unplaced ??= message;
		for (const at of positions) outcomes[at] ??= failure;
	}
	return outcomes.map(
		(outcome) =>
			outcome ?? {
				status: 'failed',
				error: { code: 'UNANSWERED', message: unplaced ?? 'HubSpot answered without a result or an error for this record; it may not have been written' },
			},
	);
}

/** A result is matched by its trace id when HubSpot echoes it, else by the id property's value it holds. */
function positionOf(result: Record<string, unknown>, byTrace: Map<string, number>, byId: Map<string, number>, idProperty: string): number | undefined {
	if (typeof result.objectWriteTraceId === 'string' && byTrace.has(result.objectWriteTraceId)) return byTrace.get(result.objectWriteTraceId);
	const properties = isPlainObject(result.properties) ? result.properties : {};
	const value = idProperty === 'hs_object_id' ? result.id : properties[idProperty];
	return value === undefined || value === null ? undefined : byId.get(String(value).trim().toLowerCase());
}

function errorPositions(error: Record<string, unknown>, byTrace: Map<string, number>, byId: Map<string, number>, count: number): number[] {
	const context = isPlainObject(error.context) ? error.context : {};
	const trace = [error.objectWriteTraceId, ...listOf(context.objectWriteTraceId)].find((value) => typeof value === 'string' && byTrace.has(value));
	if (typeof trace === 'string') return [byTrace.get(trace) as number];
	const index = Number(listOf(context.inputIndex)[0]);
	if (Number.isInteger(index) && index >= 0 && index < count) return [index];
	const positions: number[] = [];
	for (const value of [...listOf(context.ids), ...listOf(context.id)]) {
		const at = byId.get(String(value).trim().toLowerCase());
		if (at !== undefined) positions.push(at);
	}
	return positions;
}

function listOf(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

import { createHash } from 'node:crypto';
import { stableText } from '../clean/dedupe/stableText';
import { describeValue } from '../convert/describeValue';
import { FormatError } from '../core/formatError';
import type { Row } from '../core/record';
import { isPlainObject } from '../restructure/isPlainObject';
import { readPath } from '../restructure/readPath';
import { readJsonBody } from './readJsonBody';

export interface GenericEventsOptions {
	/** Where the events are in the body (`data`, `payload.events`); default the body itself. */
	eventsPath?: string;
	/** The field of each event holding its id (`id`, `meta.id`); default a hash of the event. */
	idField?: string;
}

/** One event of a CRM other than HubSpot. */
export interface GenericEvent {
	/** The id field's value as text, or the hex SHA-256 of the event's content. */
	eventId: string;
	/** The event as sent. */
	raw: Row;
}

const WHAT = 'The webhook body';

/**
 * The events of a webhook request from a CRM other than HubSpot: the JSON body, or the value at
 * `eventsPath` in it, is one event (an object) or a list of them. Each gets an id for dropping
 * repeats: the value of `idField` (text or a number), or without one the SHA-256 of the event's
 * content with keys sorted, so a delivery sent again verbatim has the same id (a sender that
 * writes a delivery time or attempt counter into the body needs an `idField`). Whatever is not
 * JSON, a path that is missing, an event that is not an object or lacks its id throws a
 * `FormatError` saying what was found, rather than emitting items the workflow cannot trust.
 *
 * @example
 * parseGenericEvents('{"meta":{"id":"9f1"},"current":{"id":42,"name":"Ada"}}', { idField: 'meta.id' });
 * // [{ eventId: '9f1', raw: { meta: { id: '9f1' }, current: { id: 42, name: 'Ada' } } }]
 * parseGenericEvents('{"data":[{"id":1},{"id":2}]}', { eventsPath: 'data', idField: 'id' });
 * // [{ eventId: '1', raw: { id: 1 } }, { eventId: '2', raw: { id: 2 } }]
 */
export function parseGenericEvents(rawBody: string | Buffer | Uint8Array, options: GenericEventsOptions = {}): GenericEvent[] {
	const body = readJsonBody(rawBody, WHAT);
	const path = options.eventsPath?.trim() ?? '';
	let events: unknown = body;
	if (path !== '') {
		const lookup = isPlainObject(body) ? readPath(body, path) : { found: false as const };
		if (!lookup.found) {
			const found = isPlainObject(body) ? `top-level keys: ${Object.keys(body).slice(0, 10).join(', ') || '(none)'}` : `the body is ${describeValue(body)}`;
			throw new FormatError(`${WHAT} has nothing at "${path}" (${found}); check the events path`);
		}
		events = lookup.value;
	}
	const where = path === '' ? WHAT : `"${path}" in the webhook body`;
	const list = Array.isArray(events) ? events : [events];
	if (!Array.isArray(events) && !isPlainObject(events)) throw new FormatError(`${where} must be an event object or a list of them, found ${describeValue(events)}`);
	const idField = options.idField?.trim() ?? '';
	return list.map((event: unknown, index) => {
		if (!isPlainObject(event)) throw new FormatError(`Webhook event ${index + 1} is ${describeValue(event)}, not an object`);
		return { eventId: idField === '' ? contentHash(event) : idAt(event, idField, index + 1), raw: event };
	});
}

function idAt(event: Row, idField: string, position: number): string {
	const lookup = readPath(event, idField);
	const value = lookup.found ? lookup.value : undefined;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	const keys = Object.keys(event).slice(0, 10).join(', ') || '(none)';
	throw new FormatError(`Webhook event ${position} has no id at "${idField}" (found ${describeValue(value)}; its keys: ${keys}); check the id field`);
}

function contentHash(event: Row): string {
	return createHash('sha256').update(stableText(event)).digest('hex');
}

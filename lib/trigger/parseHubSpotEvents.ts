import { describeValue } from '../convert/describeValue';
import { FormatError } from '../core/formatError';
import type { Row } from '../core/record';
import { isPlainObject } from '../restructure/isPlainObject';
import { hubSpotObjectType } from './hubSpotObjectType';
import { readJsonBody } from './readJsonBody';

/** One HubSpot webhook event, with the ids as text and the time as ISO 8601. */
export interface HubSpotEvent {
	/** HubSpot's id of the event; the key for dropping repeats. */
	eventId: string;
	/** E.g. `contact.propertyChange`, `object.creation`. */
	subscriptionType: string;
	/** The CRM v3 object type, e.g. `contacts` (see `hubSpotObjectType`). */
	objectType: string;
	/** The record the event is about; `''` for an event that names none. */
	objectId: string;
	/** When it happened in HubSpot (ISO 8601, UTC). */
	occurredAt: string;
	/** E.g. `NEW`, `MERGED`. */
	changeFlag?: string;
	/** E.g. `CRM`, `IMPORT`, `API`. */
	changeSource?: string;
	propertyName?: string;
	propertyValue?: string;
	portalId?: string;
	/** 0 for the first delivery, counting up on HubSpot's retries. */
	attemptNumber?: number;
	/** The event as HubSpot sent it. */
	raw: Row;
}

const WHAT = 'The HubSpot webhook body';

/**
 * The events of a HubSpot webhook request: HubSpot posts a JSON array of events, batched, in no
 * set order (payload: https://developers.hubspot.com/docs/faq/v1-request-validation). Ids become
 * text, `occurredAt` (epoch ms) ISO 8601, and the object type is derived from the subscription
 * type. The record is `objectId`, else a merge's `primaryObjectId`, else an association change's
 * `fromObjectId` (https://developers.hubspot.com/changelog/new-subscription-types-for-webhooks). A body that is not a JSON array of objects, or an event without an `eventId`,
 * `subscriptionType` or a valid `occurredAt`, throws a `FormatError` naming what was found: the
 * signature proved the body came from HubSpot, so a body of another shape means a wrong target
 * URL or a format we do not know, and guessing would emit wrong items. Parse only after the
 * signature is verified, from the same raw bytes.
 *
 * @example
 * parseHubSpotEvents('[{"eventId":100,"subscriptionType":"contact.propertyChange","objectId":51,"occurredAt":1717200000000,"propertyName":"email","propertyValue":"ada@example.com"}]');
 * // [{ eventId: '100', subscriptionType: 'contact.propertyChange', objectType: 'contacts', objectId: '51',
 * //    occurredAt: '2024-06-01T00:00:00.000Z', propertyName: 'email', propertyValue: 'ada@example.com', raw: {…} }]
 */
export function parseHubSpotEvents(rawBody: string | Buffer | Uint8Array): HubSpotEvent[] {
	const body = readJsonBody(rawBody, WHAT);
	if (!Array.isArray(body)) {
		const keys = isPlainObject(body) ? ` with keys ${Object.keys(body).slice(0, 10).join(', ') || '(none)'}` : '';
		throw new FormatError(`${WHAT} must be a JSON array of events, found ${describeValue(body)}${keys}`);
	}
	return body.map((event: unknown, index) => {
		if (!isPlainObject(event)) throw new FormatError(`HubSpot webhook event ${index + 1} is ${describeValue(event)}, not an object`);
		return readEvent(event, index + 1);
	});
}

function readEvent(event: Row, position: number): HubSpotEvent {
	const where = `HubSpot webhook event ${position}`;
	const eventId = idText(event.eventId);
	if (eventId === undefined) throw new FormatError(`${where} has no eventId (found ${describeValue(event.eventId)})`);
	const subscriptionType = typeof event.subscriptionType === 'string' ? event.subscriptionType.trim() : '';
	if (subscriptionType === '') throw new FormatError(`${where} (eventId ${eventId}) has no subscriptionType (found ${describeValue(event.subscriptionType)})`);
	const occurredAt = isoTime(event.occurredAt);
	if (occurredAt === undefined) throw new FormatError(`${where} (eventId ${eventId}) has no valid occurredAt (found ${describeValue(event.occurredAt)})`);
	const parsed: HubSpotEvent = {
		eventId,
		subscriptionType,
		objectType: hubSpotObjectType(subscriptionType, idText(event.objectTypeId)),
		objectId: idText(event.objectId) ?? idText(event.primaryObjectId) ?? idText(event.fromObjectId) ?? '',
		occurredAt,
		raw: event,
	};
	for (const field of ['changeFlag', 'changeSource', 'propertyName'] as const) {
		if (typeof event[field] === 'string') parsed[field] = event[field];
	}
	const value = event.propertyValue;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parsed.propertyValue = String(value);
	const portalId = idText(event.portalId);
	if (portalId !== undefined) parsed.portalId = portalId;
	if (typeof event.attemptNumber === 'number' && Number.isInteger(event.attemptNumber)) parsed.attemptNumber = event.attemptNumber;
	return parsed;
}

/** An id as text: HubSpot writes them as JSON numbers, some newer payloads as strings. */
function idText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return undefined;
}

/** Epoch milliseconds (a number or digits) or an ISO date, as ISO 8601 UTC. */
function isoTime(value: unknown): string | undefined {
	let time = Number.NaN;
	if (typeof value === 'number') time = value;
	else if (typeof value === 'string' && /^\d+$/.test(value.trim())) time = Number(value);
	else if (typeof value === 'string' && value.trim() !== '') time = Date.parse(value);
	if (!Number.isFinite(time)) return undefined;
	const date = new Date(time);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

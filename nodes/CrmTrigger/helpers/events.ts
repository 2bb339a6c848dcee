import type { IDataObject } from 'n8n-workflow';
import { parseGenericEvents, parseHubSpotEvents } from '../../../lib/trigger';
import { readPath } from '../../../lib/restructure/readPath';
import { isPlainObject } from '../../../lib/restructure/isPlainObject';

/** One event of a delivery, whichever CRM sent it: its id for dropping repeats, and its item. */
export interface TriggerEvent {
	eventId: string;
	/** The CRM object type the event is about (HubSpot: from the subscription type), `''` when unknown. */
	objectType: string;
	/** The record the event is about, `''` when it names none. */
	objectId: string;
	/** The item's JSON before any fetched record is added. */
	json: IDataObject;
}

/** Where the events and their ids are in the body of a CRM other than HubSpot. */
export interface GenericEventSettings {
	eventsPath: string;
	eventIdField: string;
	recordIdField: string;
}

/** The events of a verified delivery (parsed from the same raw bytes the signature covered). */
export function readEvents(crm: string, rawBody: Buffer | undefined, generic: GenericEventSettings, genericObjectType: string): TriggerEvent[] {
	const body = rawBody ?? Buffer.alloc(0);
	if (crm === 'hubspot') {
		return parseHubSpotEvents(body).map(({ raw, ...event }) => ({
			eventId: event.eventId,
			objectType: event.objectType,
			objectId: event.objectId,
			json: { source: 'hubspot', ...event, event: raw } as IDataObject,
		}));
	}
	return parseGenericEvents(body, { eventsPath: generic.eventsPath, idField: generic.eventIdField }).map(({ eventId, raw }) => {
		const objectId = idAt(raw, generic.recordIdField);
		return {
			eventId,
			objectType: genericObjectType,
			objectId,
			json: { source: crm, eventId, objectType: genericObjectType, objectId, event: raw } as IDataObject,
		};
	});
}

/** The record id at a dotted path of an event, as text; `''` when there is none. */
function idAt(event: Record<string, unknown>, path: string): string {
	if (path.trim() === '' || !isPlainObject(event)) return '';
	const lookup = readPath(event, path.trim());
	const value = lookup.found ? lookup.value : undefined;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' ? value.trim() : '';
}

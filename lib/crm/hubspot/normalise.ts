import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { instantMs } from '../rest/instantMs';
import type { NormalisedRecord } from '../types';
import { lastModifiedProperty } from './lastModifiedProperty';

/** Object type names and ids HubSpot accepts for companies. */
const COMPANIES = new Set(['companies', 'company', '0-2']);

/**
 * A HubSpot record (`{ id, properties, createdAt, updatedAt }`) in the shape shared by every CRM.
 * The company is the `company` property of a contact and the `name` of a company (other objects
 * have none); the owner is `hubspot_owner_id`; the phone is `phone`, else `mobilephone`. Dates
 * become ISO 8601 in UTC, from the top-level `createdAt`/`updatedAt` or else the date properties.
 *
 * @example
 * normalise({ id: '51', properties: { email: 'ada@example.com', firstname: 'Ada', company: 'Analytical' }, createdAt: '2024-01-02T03:04:05.000Z' }, 'contacts');
 * // { id: '51', source: 'hubspot', objectType: 'contacts', email: 'ada@example.com', firstName: 'Ada', company: 'Analytical',
 * //   createdAt: '2024-01-02T03:04:05.000Z', phone: null, lastName: null, owner: null, updatedAt: null, raw: {…} }
 */
export function normalise(record: Row, objectType: string): NormalisedRecord {
	const properties = isPlainObject(record.properties) ? record.properties : {};
	const isCompany = COMPANIES.has(objectType.trim().toLowerCase());
	return {
		id: text(record.id) ?? text(properties.hs_object_id) ?? '',
		source: 'hubspot',
		objectType,
		email: text(properties.email),
		phone: text(properties.phone) ?? text(properties.mobilephone),
		firstName: text(properties.firstname),
		lastName: text(properties.lastname),
		company: isCompany ? text(properties.name) : text(properties.company),
		owner: text(properties.hubspot_owner_id),
		createdAt: isoOf(record.createdAt) ?? isoOf(properties.createdate) ?? isoOf(properties.hs_createdate),
		updatedAt: isoOf(record.updatedAt) ?? isoOf(properties[lastModifiedProperty(objectType)]),
		raw: record,
	};
}

function text(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return null;
	return value.trim() === '' ? null : value;
}

function isoOf(value: unknown): string | null {
	const ms = instantMs(value);
	return ms === undefined ? null : new Date(ms).toISOString();
}

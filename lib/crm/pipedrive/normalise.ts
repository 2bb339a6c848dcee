import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import type { NormalisedRecord } from '../types';
import { pipedriveTime } from './pipedriveTime';
import { primaryValue } from './primaryValue';

/**
 * A Pipedrive record, from API v2 or v1, in the shape shared by every CRM. Email and phone are
 * the primary entries of `emails`/`phones` (v2) or `email`/`phone` (v1). The company is an
 * organization's own name, or the linked organization's name where the record carries it (v1
 * `org_name` or `org_id.name`; v2 gives only the id, so it is null there). The owner is the
 * owner's user id (`owner_id`, v1 deals' `user_id`), whether given as a number or an object.
 * Times (v1's zone-less `YYYY-MM-DD HH:MM:SS` is UTC) become ISO 8601.
 *
 * @example
 * normalise({ id: 7, first_name: 'Ada', emails: [{ value: 'ada@x.org', primary: true }], owner_id: 3, update_time: '2024-05-01T10:00:00Z' }, 'persons');
 * // { id: '7', source: 'pipedrive', objectType: 'persons', email: 'ada@x.org', firstName: 'Ada', owner: '3',
 * //   updatedAt: '2024-05-01T10:00:00.000Z', phone: null, lastName: null, company: null, createdAt: null, raw: {…} }
 */
export function normalise(record: Row, objectType: string): NormalisedRecord {
	const org = record.org_id;
	const company = objectType.trim() === 'organizations' ? text(record.name) : (text(record.org_name) ?? (isPlainObject(org) ? text(org.name) : null));
	return {
		id: text(record.id) ?? '',
		source: 'pipedrive',
		objectType,
		email: primaryValue(record.emails ?? record.email),
		phone: primaryValue(record.phones ?? record.phone),
		firstName: text(record.first_name),
		lastName: text(record.last_name),
		company,
		owner: idOf(record.owner_id) ?? idOf(record.user_id),
		createdAt: iso(record.add_time),
		updatedAt: iso(record.update_time),
		raw: record,
	};
}

function text(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A user reference: a number, or v1's `{ id, name, … }` (`value` is the id too). */
function idOf(value: unknown): string | null {
	return isPlainObject(value) ? (text(value.id) ?? text(value.value)) : text(value);
}

function iso(value: unknown): string | null {
	const ms = pipedriveTime(value);
	return ms === undefined ? null : new Date(ms).toISOString();
}

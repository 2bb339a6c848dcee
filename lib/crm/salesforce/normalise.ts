import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import type { NormalisedRecord } from '../types';
import { toIsoInstant } from './toIsoInstant';

/**
 * A Salesforce record in the shape shared by every CRM. The company is the record's own Name for
 * an Account, the Company field for a Lead, and the related `Account.Name` (when it was selected)
 * for Contacts, Opportunities, Cases and others. Dates become ISO 8601 in UTC; the updated-at
 * time is LastModifiedDate (SystemModstamp when it was not selected).
 *
 * @example
 * normalise({ Id: '003A', FirstName: 'Ada', LastName: 'Lovelace', Account: { Name: 'Analytical' }, LastModifiedDate: '2024-03-01T10:00:00.000+0000' }, 'Contact');
 * // { id: '003A', source: 'salesforce', objectType: 'Contact', firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical',
 * //   updatedAt: '2024-03-01T10:00:00.000Z', email: null, phone: null, owner: null, createdAt: null, raw: {…} }
 */
export function normalise(record: Row, objectType: string): NormalisedRecord {
	let company: string | null;
	if (objectType === 'Account') company = text(record.Name);
	else if (objectType === 'Lead') company = text(record.Company);
	else company = isPlainObject(record.Account) ? text(record.Account.Name) : null;
	return {
		id: text(record.Id) ?? '',
		source: 'salesforce',
		objectType,
		email: text(record.Email),
		phone: text(record.Phone),
		firstName: text(record.FirstName),
		lastName: text(record.LastName),
		company,
		owner: text(record.OwnerId),
		createdAt: toIsoInstant(record.CreatedDate),
		updatedAt: toIsoInstant(record.LastModifiedDate) ?? toIsoInstant(record.SystemModstamp),
		raw: record,
	};
}

function text(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return null;
	return value.trim() === '' ? null : value;
}

import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { readPath } from '../../restructure/readPath';
import type { NormalisedRecord } from '../types';
import { instantMs } from './instantMs';

/** Where each normalised field is read from (dotted paths); the fields not given are guessed. */
export type RestFieldMap = Partial<Record<'id' | 'email' | 'phone' | 'firstName' | 'lastName' | 'company' | 'owner' | 'createdAt' | 'updatedAt', string>>;

/** Common spellings, tried in order when the field map does not name a field. */
const GUESSES: Required<Record<keyof RestFieldMap, string[]>> = {
	id: ['id', 'Id', 'ID', '_id', 'uuid', 'uid'],
	email: ['email', 'Email', 'email_address', 'emailAddress', 'primary_email', 'primaryEmail', 'emails'],
	phone: ['phone', 'Phone', 'phone_number', 'phoneNumber', 'mobile', 'mobile_phone', 'phones'],
	firstName: ['firstName', 'first_name', 'firstname', 'FirstName', 'given_name', 'givenName'],
	lastName: ['lastName', 'last_name', 'lastname', 'LastName', 'family_name', 'familyName', 'surname'],
	company: ['company', 'company_name', 'companyName', 'Company', 'organization', 'organisation', 'org_name', 'account_name', 'accountName'],
	owner: ['owner', 'owner_id', 'ownerId', 'owner_name', 'ownerName', 'assigned_to', 'assignee'],
	createdAt: ['createdAt', 'created_at', 'created', 'createdate', 'CreatedDate', 'add_time', 'date_created', 'creation_date'],
	updatedAt: ['updatedAt', 'updated_at', 'updated', 'modified_at', 'modifiedAt', 'lastmodifieddate', 'LastModifiedDate', 'update_time', 'date_modified'],
};

/**
 * Maps a generic REST record to the shape shared by every CRM. `fieldMap` names where each field
 * is (pass the config's `idField` and `updatedAtField` as `id` and `updatedAt`); the others are
 * guessed from common spellings. Values in lists (`emails: [{ value }]`) give their first entry;
 * objects give their `value`, `email`, `name` or `id`; dates become ISO 8601 when readable.
 *
 * @example
 * normalise({ id: 7, email: 'ann@example.com', first_name: 'Ann', updated_at: '2024-05-01T10:00:00Z' }, 'contacts');
 * // { id: '7', source: 'rest', objectType: 'contacts', email: 'ann@example.com', firstName: 'Ann', updatedAt: '2024-05-01T10:00:00.000Z', …, raw: {…} }
 */
export function normalise(record: Row, objectType: string, fieldMap: RestFieldMap = {}): NormalisedRecord {
	const text = (field: keyof RestFieldMap): string | null => textOf(lookup(record, field, fieldMap));
	const date = (field: keyof RestFieldMap): string | null => {
		const value = lookup(record, field, fieldMap);
		const ms = instantMs(value);
		return ms === undefined ? textOf(value) : new Date(ms).toISOString();
	};
	return {
		id: text('id') ?? '',
		source: 'rest',
		objectType,
		email: text('email'),
		phone: text('phone'),
		firstName: text('firstName'),
		lastName: text('lastName'),
		company: text('company'),
		owner: text('owner'),
		createdAt: date('createdAt'),
		updatedAt: date('updatedAt'),
		raw: record,
	};
}

function lookup(record: Row, field: keyof RestFieldMap, fieldMap: RestFieldMap): unknown {
	const mapped = fieldMap[field];
	if (mapped !== undefined && mapped !== '') {
		const found = readPath(record, mapped);
		return found.found ? found.value : undefined;
	}
	for (const guess of GUESSES[field]) {
		const found = readPath(record, guess);
		if (found.found && found.value !== null && found.value !== undefined && found.value !== '') return found.value;
	}
	return undefined;
}

function textOf(value: unknown): string | null {
	if (Array.isArray(value)) return value.length === 0 ? null : textOf(value[0]);
	if (isPlainObject(value)) {
		for (const key of ['value', 'email', 'name', 'id']) {
			if (value[key] !== undefined && value[key] !== null) return textOf(value[key]);
		}
		return null;
	}
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	return null;
}

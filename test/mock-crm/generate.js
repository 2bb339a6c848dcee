'use strict';
/**
 * Deterministic contact records for seeding, in each personality's seed shape. With
 * `sameTimestamp` every record shares one updated-at (HubSpot's month-end batch updates, the
 * 10,001-ties case); otherwise updated-at steps by `stepMs` from `start`.
 */
const { parseTime, iso, pad } = require('./util');
const { makeId } = require('./salesforce');

const FIRST = ['Anna', 'Ben', 'Carla', 'Dave', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Smith', 'Jones', 'Garcia', 'Müller', 'Rossi', 'Kim', 'Nguyen', 'Okafor', 'Silva', 'Novak', 'Ivanova', 'Haddad', 'Tanaka', 'Brown', 'Dubois', 'Kowalski', 'Larsen', 'Moreau', 'Patel', 'Yilmaz'];

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * @param {number} n how many
 * @param {{ personality?: 'hubspot'|'salesforce'|'pipedrive'|'rest', sameTimestamp?: string|boolean,
 *   startId?: number, start?: string, stepMs?: number }} [options]
 */
function generateContacts(n, options = {}) {
	const personality = options.personality || 'hubspot';
	const startMs = parseTime(options.start || '2024-01-01T00:00:00.000Z');
	if (Number.isNaN(startMs)) throw new Error(`generateContacts: start "${options.start}" is not a date`);
	const stepMs = options.stepMs ?? 1000;
	const same = options.sameTimestamp === true ? startMs : options.sameTimestamp ? parseTime(options.sameTimestamp) : null;
	if (Number.isNaN(same)) throw new Error(`generateContacts: sameTimestamp "${options.sameTimestamp}" is not a date`);
	const out = new Array(n);
	for (let i = 0; i < n; i++) {
		const seq = (options.startId ?? 1) + i;
		const first = FIRST[i % FIRST.length];
		const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
		const email = `${ascii(first)}.${ascii(last)}.${seq}@example.com`;
		const phone = `+1555${pad(seq % 10000000, 7)}`;
		const updated = same ?? startMs + i * stepMs;
		const created = Math.min(updated, startMs);
		const id = options.startId !== undefined ? seq : undefined;
		if (personality === 'hubspot') {
			out[i] = { ...(id !== undefined ? { id: String(id) } : {}), properties: { email, firstname: first, lastname: last, phone, company: `${last} Ltd` }, createdAt: iso(created), updatedAt: iso(updated) };
		} else if (personality === 'salesforce') {
			out[i] = { ...(id !== undefined ? { Id: makeId('003', id) } : {}), FirstName: first, LastName: last, Email: email, Phone: phone, Title: 'Buyer', CreatedDate: iso(created), LastModifiedDate: iso(updated), SystemModstamp: iso(updated) };
		} else if (personality === 'pipedrive') {
			out[i] = { ...(id !== undefined ? { id } : {}), name: `${first} ${last}`, first_name: first, last_name: last, email: [{ value: email, primary: true, label: 'work' }], phone: [{ value: phone, primary: true, label: 'work' }], add_time: iso(created), update_time: iso(updated) };
		} else if (personality === 'rest') {
			out[i] = { ...(id !== undefined ? { id } : {}), email, first_name: first, last_name: last, phone, company: `${last} Ltd`, created_at: iso(created), updated_at: iso(updated) };
		} else {
			throw new Error(`generateContacts: unknown personality "${personality}"`);
		}
	}
	return out;
}

module.exports = { generateContacts };

import { idempotencyKey } from './idempotencyKey';
import { recordHash } from './recordHash';

describe('idempotencyKey', () => {
	it("is the content hash in 'hash' mode, whatever the key order", () => {
		expect(idempotencyKey({ id: 7, name: 'Ada' }, 'hash')).toBe(recordHash({ id: 7, name: 'Ada' }));
		expect(idempotencyKey({ name: 'Ada', id: 7 }, 'hash')).toBe(idempotencyKey({ id: 7, name: 'Ada' }, 'hash'));
		expect(idempotencyKey({ id: 7, name: 'Bob' }, 'hash')).not.toBe(idempotencyKey({ id: 7, name: 'Ada' }, 'hash'));
	});

	it('keys a change back to an earlier content differently from that content the first time', () => {
		const a = { id: 7, name: 'Ada' };
		const first = idempotencyKey(a, 'hash');
		const back = idempotencyKey(a, 'hash', undefined, recordHash({ id: 7, name: 'Bob' }));
		expect(back).toMatch(/^[0-9a-f]{64}$/);
		expect(back).not.toBe(first);
		// …and is still the same every time that change is sent again.
		expect(idempotencyKey(a, 'hash', undefined, recordHash({ id: 7, name: 'Bob' }))).toBe(back);
	});

	it('uses the content hash it is given instead of hashing the record again', () => {
		const a = { id: 7, name: 'Ada' };
		const stored = recordHash({ id: 7, name: 'Bob' });
		expect(idempotencyKey(a, 'hash', undefined, undefined, recordHash(a))).toBe(idempotencyKey(a, 'hash'));
		expect(idempotencyKey(a, 'hash', undefined, stored, recordHash(a))).toBe(idempotencyKey(a, 'hash', undefined, stored));
		// Taken as given: a stand-in shows the record was not hashed.
		expect(idempotencyKey(a, 'hash', undefined, undefined, 'given')).toBe('given');
		expect(idempotencyKey(a, 'hash', undefined, stored, 'given')).not.toBe(idempotencyKey(a, 'hash', undefined, stored));
	});

	it("is the field's value in 'field' mode, following paths", () => {
		expect(idempotencyKey({ eventId: 'ev_1' }, 'field', 'eventId')).toBe('ev_1');
		expect(idempotencyKey({ version: 12 }, 'field', 'version')).toBe('12');
		expect(idempotencyKey({ meta: { eventId: 'ev_2' } }, 'field', 'meta.eventId')).toBe('ev_2');
	});

	it('gives undefined for a missing or empty field', () => {
		expect(idempotencyKey({}, 'field', 'eventId')).toBeUndefined();
		expect(idempotencyKey({ eventId: null }, 'field', 'eventId')).toBeUndefined();
		expect(idempotencyKey({ eventId: '  ' }, 'field', 'eventId')).toBeUndefined();
	});

	it('hashes values longer than 255 characters', () => {
		const key = idempotencyKey({ eventId: 'x'.repeat(300) }, 'field', 'eventId');
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(idempotencyKey({ eventId: 'x'.repeat(255) }, 'field', 'eventId')).toBe('x'.repeat(255));
	});

	it("needs a field name in 'field' mode", () => {
		expect(() => idempotencyKey({ a: 1 }, 'field')).toThrow(/needs the name of the field/);
	});
});

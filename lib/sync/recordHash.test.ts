import { createHash } from 'node:crypto';
import { recordHash } from './recordHash';

describe('recordHash', () => {
	it('is the SHA-256 of the sorted-key JSON text', () => {
		const expected = createHash('sha256').update('{"a":1,"b":"x"}').digest('hex');
		expect(recordHash({ b: 'x', a: 1 })).toBe(expected);
		expect(recordHash({ a: 1, b: 'x' })).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes when a value or its type changes', () => {
		const base = recordHash({ id: 1, name: 'Ada' });
		expect(recordHash({ id: 1, name: 'Ada ' })).not.toBe(base);
		expect(recordHash({ id: '1', name: 'Ada' })).not.toBe(base);
		expect(recordHash({ id: 1, name: 'Ada', extra: null })).not.toBe(base);
	});

	it('sorts the keys of nested objects too', () => {
		expect(recordHash({ address: { zip: '1', city: 'B' } })).toBe(recordHash({ address: { city: 'B', zip: '1' } }));
	});

	it('counts only the chosen fields', () => {
		expect(recordHash({ id: 1, name: 'Ada', syncedAt: 5 }, ['id', 'name'])).toBe(recordHash({ name: 'Ada', id: 1 }));
		expect(recordHash({ id: 1, name: 'Ada' }, ['id', 'name'])).not.toBe(recordHash({ id: 1, name: 'Bob' }, ['id', 'name']));
		expect(recordHash({ id: 1 }, ['id', 'missing'])).toBe(recordHash({ id: 1 }));
	});

	it('reads only own fields, so a field named like a prototype member is safe', () => {
		expect(recordHash({}, ['constructor', 'toString'])).toBe(recordHash({}));
		const withProto = JSON.parse('{"__proto__":{"x":1}}') as Record<string, unknown>;
		expect(recordHash(withProto, ['__proto__'])).toBe(recordHash(withProto));
		expect(recordHash(withProto)).not.toBe(recordHash({}));
	});
});

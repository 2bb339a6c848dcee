import { splitArrayField } from './splitArrayField';

describe('splitArrayField', () => {
	it('makes one row per primitive element, under the field name', () => {
		expect(splitArrayField({ id: 1, emails: ['a@x.io', 'b@x.io'] }, 'emails')).toEqual([
			{ id: 1, emails: 'a@x.io' },
			{ id: 1, emails: 'b@x.io' },
		]);
	});

	it('merges object elements into the row, element fields winning', () => {
		expect(splitArrayField({ id: 1, sku: 'old', lines: [{ sku: 'A', qty: 2 }, { sku: 'B' }] }, 'lines')).toEqual([
			{ id: 1, sku: 'A', qty: 2 },
			{ id: 1, sku: 'B' },
		]);
	});

	it('puts every element under destinationField when given', () => {
		expect(splitArrayField({ id: 1, lines: [{ sku: 'A' }, 'x'] }, 'lines', { destinationField: 'line' })).toEqual([
			{ id: 1, line: { sku: 'A' } },
			{ id: 1, line: 'x' },
		]);
		expect(splitArrayField({ id: 1, lines: [1] }, 'lines', { destinationField: 'out.line' })).toEqual([{ id: 1, out: { line: 1 } }]);
	});

	it('drops the other fields when keepOtherFields is false', () => {
		expect(splitArrayField({ id: 1, lines: [{ sku: 'A' }, 7] }, 'lines', { keepOtherFields: false })).toEqual([{ sku: 'A' }, { lines: 7 }]);
	});

	it('splits a nested array field', () => {
		expect(splitArrayField({ id: 1, contact: { name: 'Ada', emails: ['a', 'b'] } }, 'contact.emails')).toEqual([
			{ id: 1, contact: { name: 'Ada', emails: 'a' } },
			{ id: 1, contact: { name: 'Ada', emails: 'b' } },
		]);
	});

	it('returns the row once when there is nothing to split', () => {
		for (const row of [{ id: 1 }, { id: 1, emails: null }, { id: 1, emails: [] }, { id: 1, emails: undefined }]) {
			const out = splitArrayField(row, 'emails');
			expect(out).toEqual([row]);
			expect(out[0]).not.toBe(row);
		}
	});

	it('splits a single non-array value as a list of one', () => {
		expect(splitArrayField({ id: 1, email: 'a@x.io' }, 'email')).toEqual([{ id: 1, email: 'a@x.io' }]);
		expect(splitArrayField({ id: 1, line: { sku: 'A' } }, 'line')).toEqual([{ id: 1, sku: 'A' }]);
	});

	it('does not change its input', () => {
		const row = { id: 1, lines: [{ sku: 'A' }], contact: { emails: ['a'] } };
		const copy = structuredClone(row);
		splitArrayField(row, 'lines');
		splitArrayField(row, 'contact.emails');
		expect(row).toEqual(copy);
	});

	it('keeps __proto__ keys of elements as own fields', () => {
		const row = JSON.parse('{"lines":[{"__proto__":{"polluted":"yes"},"sku":"A"}]}');
		const [out] = splitArrayField(row, 'lines');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.keys(out)).toEqual(['__proto__', 'sku']);
	});
});

import fc from 'fast-check';
import { appendSources } from './appendSources';

describe('appendSources', () => {
	const inputs = [
		{ source: 'crm', records: [{ name: 'Ann' }, { name: 'Bob', city: 'Berlin' }] },
		{ source: 'shop', records: [] },
		{ source: 'erp', records: [{ email: 'c@x.io', _source: 'erp-eu' }, { email: 'd@x.io', _source: ' ' }] },
	];

	it('stacks the inputs in order, with each record’s source and origin', () => {
		expect(appendSources(inputs)).toEqual({
			records: [
				{ name: 'Ann', _source: 'crm' },
				{ name: 'Bob', city: 'Berlin', _source: 'crm' },
				{ email: 'c@x.io', _source: 'erp-eu' },
				{ email: 'd@x.io', _source: 'erp' },
			],
			origin: [
				{ input: 0, index: 0 },
				{ input: 0, index: 1 },
				{ input: 2, index: 0 },
				{ input: 2, index: 1 },
			],
		});
	});

	it('overwrites an existing source when asked, and takes another field name', () => {
		expect(appendSources(inputs, { overwrite: true }).records[2]).toEqual({ email: 'c@x.io', _source: 'erp' });
		expect(appendSources(inputs, { sourceField: 'from' }).records[2]).toEqual({ email: 'c@x.io', _source: 'erp-eu', from: 'erp' });
	});

	it('copies records and leaves the inputs alone', () => {
		const record = { name: 'Ann' };
		const [copy] = appendSources([{ source: 'a', records: [record] }]).records;
		expect(copy).not.toBe(record);
		expect(record).toEqual({ name: 'Ann' });
	});

	it('keeps __proto__ fields own, and can use one as the source field', () => {
		const hostile = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
		const [copy] = appendSources([{ source: 'a', records: [hostile] }], { sourceField: 'constructor' }).records;
		expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ x: 1 });
		expect(Object.getOwnPropertyDescriptor(copy, 'constructor')?.value).toBe('a');
	});

	it('rejects an empty source field name', () => {
		expect(() => appendSources(inputs, { sourceField: '' })).toThrow('The source field must be a field name');
	});

	it('gives as many records as the inputs hold, each traceable to its input', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.dictionary(fc.string({ maxLength: 3 }), fc.string()), { maxLength: 5 }), { maxLength: 4 }), (lists) => {
				const input = lists.map((records, k) => ({ source: `s${k}`, records }));
				const { records, origin } = appendSources(input, { overwrite: true });
				expect(records.length).toBe(lists.reduce((n, list) => n + list.length, 0));
				records.forEach((record, k) => {
					const { input: from, index } = origin[k];
					expect(record).toEqual({ ...lists[from][index], _source: `s${from}` });
				});
			}),
		);
	});
});

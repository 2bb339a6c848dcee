import fc from 'fast-check';
import { RecordError } from '../../core/recordError';
import { cleanRecords } from './cleanRecords';
import type { CleanStep } from './types';

const values = (records: Record<string, unknown>[], field: string) => records.map((r) => r[field]);

describe('cleanRecords: missing values', () => {
	it('fills a constant, counting what the words "N/A", "-" and blanks stood for', () => {
		const rows = [{ city: 'Berlin' }, { city: 'N/A' }, { city: ' ' }, { city: null }, {}, { city: '-' }];
		const { records, report } = cleanRecords(rows, [{ step: 'missing', fields: ['city'], action: 'constant', value: 'unknown' }], {
			missing: { tokens: ['N/A', '-'] },
			distinct: true,
		});
		expect(values(records, 'city')).toEqual(['Berlin', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
		expect(report.fields.city).toMatchObject({ count: 6, missingBefore: 5, missingAfter: 0, filled: 5, distinct: 2 });
	});

	it('fills the mean within each group, reading number text', () => {
		const rows = [
			{ team: 'a', score: '10' },
			{ team: 'b', score: 100 },
			{ team: 'a', score: null },
			{ team: 'a', score: '20' },
			{ team: 'b', score: '' },
		];
		const { records } = cleanRecords(rows, [{ step: 'missing', fields: ['score'], action: 'mean', groupBy: 'team' }]);
		expect(values(records, 'score')).toEqual(['10', 100, 15, '20', 100]);
	});

	it('forward fills in the order of a field, with a limit, as pandas ffill(limit=1)', () => {
		const rows = [
			{ day: 3, v: null },
			{ day: 1, v: 'a' },
			{ day: 2, v: null },
			{ day: 4, v: 'b' },
		];
		const { records } = cleanRecords(rows, [{ step: 'missing', fields: ['v'], action: 'forwardFill', orderBy: 'day', limit: 1 }]);
		// Day order: a (1), gap (2) filled, gap (3) over the limit, b (4). Output keeps input order.
		expect(values(records, 'v')).toEqual([null, 'a', 'a', 'b']);
	});

	it('interpolates as pandas does: leading gaps stay, trailing gaps take the last value', () => {
		const column = (xs: Array<number | null>) => xs.map((v) => ({ v }));
		const run = (xs: Array<number | null>) =>
			values(cleanRecords(column(xs), [{ step: 'missing', fields: ['v'], action: 'interpolate' }]).records, 'v');
		expect(run([0, null, 2, null])).toEqual([0, 1, 2, 2]);
		expect(run([null, 2, 3, 4])).toEqual([null, 2, 3, 4]);
		expect(run([-1, null, null, -4])).toEqual([-1, -2, -3, -4]);
		expect(run([1, null, 9, 16])).toEqual([1, 5, 9, 16]);
	});

	it('drops records with a missing value on purpose, and reports them', () => {
		const { records, sources, report } = cleanRecords(
			[{ email: 'a@x.io' }, { email: '' }, { email: 'b@x.io' }],
			[{ step: 'missing', fields: ['email'], action: 'drop' }],
		);
		expect(values(records, 'email')).toEqual(['a@x.io', 'b@x.io']);
		expect(sources).toEqual([0, 2]);
		expect(report).toMatchObject({ recordsIn: 3, recordsOut: 2, dropped: 1 });
	});

	it('fails on text in a number field with nonNumeric "fail", naming the record and field', () => {
		const run = () =>
			cleanRecords([{ amount: 1 }, { amount: 'abc' }], [{ step: 'missing', fields: ['amount'], action: 'median' }], { nonNumeric: 'fail' });
		expect(run).toThrow(RecordError);
		expect(run).toThrow('Record 2, field "amount": "abc" is not a number');
	});

	it('treats text in a number field as missing by default, and fills it', () => {
		const { records } = cleanRecords([{ amount: 1 }, { amount: 'abc' }, { amount: 3 }], [{ step: 'missing', fields: ['amount'], action: 'median' }]);
		expect(values(records, 'amount')).toEqual([1, 2, 3]);
	});
});

describe('cleanRecords: outliers', () => {
	const tenValues = () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 100].map((x) => ({ x }));

	it('caps at the linear-quantile Tukey fences (-3.5, 14.5)', () => {
		const { records, report } = cleanRecords(tenValues(), [{ step: 'outliers', fields: ['x'], rule: { method: 'iqr' }, action: 'cap' }]);
		expect(values(records, 'x')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 14.5]);
		expect(report.fields.x).toMatchObject({ outliersFound: 1, outliersHandled: 1 });
	});

	it('finds nothing by z-score at 3 (z = 2.84 for the 100) but removes it by modified z-score (25.5)', () => {
		const z = cleanRecords(tenValues(), [{ step: 'outliers', fields: ['x'], rule: { method: 'zScore', threshold: 3 }, action: 'remove' }]);
		expect(z.records).toHaveLength(10);
		const m = cleanRecords(tenValues(), [{ step: 'outliers', fields: ['x'], rule: { method: 'modifiedZScore' }, action: 'remove' }]);
		expect(values(m.records, 'x')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(m.report.dropped).toBe(1);
	});

	it('flags without changing the value, and replaces with the median of the values inside the fences', () => {
		const flagged = cleanRecords(tenValues(), [{ step: 'outliers', fields: ['x'], rule: { method: 'iqr' }, action: 'flag' }]);
		expect(flagged.records[9]).toEqual({ x: 100, _outliers: ['x'] });
		expect(flagged.records[0]).toEqual({ x: 1 });
		expect(flagged.report.fields.x).toMatchObject({ outliersFound: 1, outliersHandled: 0 });
		const replaced = cleanRecords(tenValues(), [{ step: 'outliers', fields: ['x'], rule: { method: 'iqr' }, action: 'median' }]);
		expect(replaced.records[9]).toEqual({ x: 5 });
	});

	it('computes fences within each group', () => {
		const rows = [...[10, 11, 12, 13, 14].map((x) => ({ g: 'a', x })), ...[1000, 1010, 1020, 1030, 10].map((x) => ({ g: 'b', x }))];
		const { records } = cleanRecords(rows, [{ step: 'outliers', fields: ['x'], rule: { method: 'iqr' }, action: 'flag', groupBy: 'g' }]);
		expect(records.filter((r) => r._outliers).map((r) => r.x)).toEqual([10]);
		expect(records[0]).toEqual({ g: 'a', x: 10 });
	});
});

describe('cleanRecords: smoothing', () => {
	it('writes a trailing moving average in date order to a suffixed field', () => {
		const rows = [
			{ date: '2024-01-03', v: 30 },
			{ date: '2024-01-01', v: 10 },
			{ date: '2024-01-02', v: 20 },
		];
		const { records, report } = cleanRecords(rows, [
			{ step: 'smooth', fields: ['v'], method: 'movingAverage', window: 2, orderBy: 'date', outputSuffix: '_avg' },
		]);
		expect(records).toEqual([
			{ date: '2024-01-03', v: 30, v_avg: 25 },
			{ date: '2024-01-01', v: 10, v_avg: 10 },
			{ date: '2024-01-02', v: 20, v_avg: 15 },
		]);
		expect(report.fields.v.smoothed).toBe(2);
	});
});

describe('cleanRecords: normalising text', () => {
	it('normalises emails and notes an invalid one in the issues field, keeping it', () => {
		const { records, report } = cleanRecords(
			[{ email: ' Anna@Example.COM ' }, { email: 'not an email' }, { email: null }],
			[{ step: 'normalise', fields: ['email'], normaliser: 'email' }],
		);
		expect(records[0]).toEqual({ email: 'anna@example.com' });
		expect(records[1].email).toBe('not an email');
		expect(records[1]._validation).toEqual([expect.objectContaining({ field: 'email', rule: 'email', value: 'not an email' })]);
		expect(records[2]).toEqual({ email: null });
		expect(report.fields.email).toMatchObject({ normalised: 1, invalid: 1 });
	});

	it('routes a record with an invalid value to the invalid list, with the issues of every field', () => {
		const { records, invalid } = cleanRecords(
			[{ email: 'a@b.io', backup: 'c@d.io' }, { email: 'nope', backup: 'nope' }],
			[{ step: 'normalise', fields: ['email', 'backup'], normaliser: 'email', onInvalid: 'invalid' }],
		);
		expect(records).toHaveLength(1);
		expect(invalid).toHaveLength(1);
		expect(invalid[0].source).toBe(1);
		expect(invalid[0].issues.map((i) => i.field)).toEqual(['email', 'backup']);
	});

	it('fails naming the record and field with onInvalid "fail"', () => {
		expect(() =>
			cleanRecords([{ country: 'Germany' }, { country: 'Atlantis' }], [{ step: 'normalise', fields: ['country'], normaliser: 'country', onInvalid: 'fail' }]),
		).toThrow(/^Record 2, field "country": /);
	});

	it('applies "all text fields" to text only', () => {
		const { records } = cleanRecords([{ name: '  Ada   Lovelace ', n: '12', tags: ['x '] }], [
			{ step: 'normalise', fields: { all: 'text' }, normaliser: 'whitespace' },
		]);
		expect(records[0]).toEqual({ name: 'Ada Lovelace', n: '12', tags: ['x '] });
	});
});

describe('cleanRecords: validation and duplicates', () => {
	it('routes records breaking a rule to the invalid list with their issues', () => {
		const { records, invalid, report } = cleanRecords(
			[{ id: 1, email: 'a@b.io' }, { id: 1, email: '' }, { id: 2, email: 'c@d.io' }],
			[
				{
					step: 'validate',
					rules: [
						{ field: 'email', rule: 'required' },
						{ field: 'id', rule: 'unique' },
					],
				},
			],
		);
		expect(records).toEqual([{ id: 2, email: 'c@d.io' }]);
		expect(invalid.map((i) => i.source)).toEqual([0, 1]);
		expect(invalid[1].record._validation).toEqual(invalid[1].issues);
		expect(invalid[1].issues.map((i) => `${i.field}:${i.rule}`)).toEqual(['email:required', 'id:unique']);
		expect(report.invalid).toBe(2);
	});

	it('keeps invalid records in the output with keepInvalid', () => {
		const { records, invalid } = cleanRecords([{ email: '' }], [{ step: 'validate', rules: [{ field: 'email', rule: 'required' }], keepInvalid: true }]);
		expect(invalid).toEqual([]);
		expect(records[0]._validation).toEqual([expect.objectContaining({ field: 'email', rule: 'required' })]);
	});

	it('removes duplicates on fingerprinted keys, keeping the most complete', () => {
		const { records, sources, report } = cleanRecords(
			[
				{ company: 'ACME, Inc.', phone: '' },
				{ company: 'Inc Acme', phone: '+1 555' },
				{ company: 'Globex', phone: '' },
			],
			[{ step: 'dedupe', fields: ['company'], mode: 'fingerprint', keep: 'mostComplete' }],
		);
		expect(sources).toEqual([1, 2]);
		expect(records[0]).toEqual({ company: 'Inc Acme', phone: '+1 555' });
		expect(report.duplicatesRemoved).toBe(1);
	});
});

describe('cleanRecords: guarantees', () => {
	const step: fc.Arbitrary<CleanStep> = fc.oneof(
		fc.constant<CleanStep>({ step: 'missing', fields: ['a'], action: 'drop' }),
		fc.constant<CleanStep>({ step: 'missing', fields: { all: 'number' }, action: 'mean' }),
		fc.constant<CleanStep>({ step: 'outliers', fields: ['a'], rule: { method: 'iqr' }, action: 'remove' }),
		fc.constant<CleanStep>({ step: 'outliers', fields: ['a'], rule: { method: 'zScore', threshold: 1 }, action: 'cap' }),
		fc.constant<CleanStep>({ step: 'validate', rules: [{ field: 'b', rule: 'required' }] }),
		fc.constant<CleanStep>({ step: 'dedupe', fields: ['b'], mode: 'fingerprint', keep: 'last' }),
		fc.constant<CleanStep>({ step: 'normalise', fields: ['b'], normaliser: 'title' }),
	);
	const record = fc.record({ a: fc.oneof(fc.integer(), fc.constant(null), fc.constantFrom('', 'x', '7')), b: fc.constantFrom('x', 'X ', '', 'y') });

	it('never changes input records, and accounts for every record: kept, invalid, dropped or duplicate', () => {
		fc.assert(
			fc.property(fc.array(record, { maxLength: 30 }), fc.array(step, { maxLength: 4 }), (rows, steps) => {
				const before = JSON.stringify(rows);
				const result = cleanRecords(rows, steps);
				expect(JSON.stringify(rows)).toBe(before);
				const seen = [...result.sources, ...result.invalid.map((i) => i.source)];
				expect(new Set(seen).size).toBe(seen.length);
				const { report } = result;
				expect(result.records.length + report.invalid + report.dropped + report.duplicatesRemoved).toBe(rows.length);
				expect(report.recordsOut).toBe(result.records.length);
				for (const source of result.sources) expect(source).toBeLessThan(rows.length);
			}),
		);
	});

	it('never lets a "__proto__" field reach a prototype', () => {
		const row = JSON.parse('{"__proto__": " x ", "toString": ""}') as Record<string, unknown>;
		const { records } = cleanRecords([row], [
			{ step: 'normalise', fields: ['__proto__'], normaliser: 'whitespace' },
			{ step: 'missing', fields: ['toString'], action: 'constant', value: 'filled' },
		]);
		expect(Object.getPrototypeOf(records[0])).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(records[0], '__proto__')?.value).toBe('x');
		expect(Object.getOwnPropertyDescriptor(records[0], 'toString')?.value).toBe('filled');
	});
});

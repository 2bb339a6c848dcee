import { validateRecords } from './validateRecords';
import type { ValidationRule } from './validationRule';

const isMissing = (value: unknown) => value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));

/** Per record, the `field rule: message` of each issue. */
const summary = (records: Record<string, unknown>[], rules: ValidationRule[]) =>
	validateRecords(records, rules, { isMissing }).map((issues) => issues.map((issue) => `${issue.field} ${issue.rule}: ${issue.message}`));

describe('validateRecords', () => {
	it('gives one list of issues per record, in rule order, empty for a valid record', () => {
		const records = [
			{ email: 'a@example.com', age: 30 },
			{ email: 'nope', age: 150 },
			{ age: 20 },
		];
		const rules: ValidationRule[] = [
			{ field: 'email', rule: 'required' },
			{ field: 'email', rule: 'email' },
			{ field: 'age', rule: 'max', limit: 130 },
		];
		expect(validateRecords(records, rules, { isMissing })).toEqual([
			[],
			[
				{ field: 'email', rule: 'email', value: 'nope', message: 'is not a valid email: it has no @' },
				{ field: 'age', rule: 'max', value: 150, message: 'must be at most 130' },
			],
			[{ field: 'email', rule: 'required', value: undefined, message: 'is required' }],
		]);
	});

	it('lets missing values pass every rule but required', () => {
		const records = [{ v: null }, { v: '' }, {}, { v: NaN }];
		const rules: ValidationRule[] = [
			{ field: 'v', rule: 'type', type: 'integer' },
			{ field: 'v', rule: 'regex', pattern: '^x$' },
			{ field: 'v', rule: 'min', limit: 1 },
			{ field: 'v', rule: 'minLength', limit: 3 },
			{ field: 'v', rule: 'oneOf', values: ['a'] },
			{ field: 'v', rule: 'email' },
			{ field: 'v', rule: 'phone' },
			{ field: 'v', rule: 'date', inputFormats: ['ISO'] },
			{ field: 'v', rule: 'unique' },
		];
		expect(summary(records, rules)).toEqual([[], [], [], []]);
		expect(summary(records, [{ field: 'v', rule: 'required' }])).toEqual([['v required: is required'], ['v required: is required'], ['v required: is required'], ['v required: is required']]);
	});

	it('counts as missing what isMissing says, so 0 and false are present', () => {
		expect(summary([{ v: 0 }, { v: false }, { v: 'N/A' }], [{ field: 'v', rule: 'required' }])).toEqual([[], [], []]);
		const custom = validateRecords([{ v: 'N/A' }], [{ field: 'v', rule: 'required' }], { isMissing: (value) => value === 'N/A' });
		expect(custom[0].map((issue) => issue.message)).toEqual(['is required']);
	});

	it('flags every occurrence of a repeated value, comparing text exactly', () => {
		const records = [{ id: 'A1' }, { id: 'a1' }, { id: 'A1' }, { id: 'A1 ' }, { id: 'A1' }, { id: null }, { id: null }, { id: 7 }, { id: '7' }];
		expect(summary(records, [{ field: 'id', rule: 'unique' }])).toEqual([
			['id unique: appears 3 times'],
			[],
			['id unique: appears 3 times'],
			[],
			['id unique: appears 3 times'],
			[],
			[],
			[],
			[],
		]);
	});

	it('compares dates and objects by content for unique', () => {
		const records = [{ v: new Date(0) }, { v: new Date(0) }, { v: { a: [1] } }, { v: { a: [1] } }, { v: { a: [2] } }];
		expect(summary(records, [{ field: 'v', rule: 'unique' }]).map((issues) => issues.length)).toEqual([1, 1, 1, 1, 0]);
	});

	it('reads own properties only by default, and fields through readField when given', () => {
		expect(summary([{}], [{ field: 'constructor', rule: 'required' }])).toEqual([['constructor required: is required']]);
		const nested = validateRecords([{ address: { zip: '1011' } }], [{ field: 'address.zip', rule: 'regex', pattern: '^\\d{5}$' }], {
			isMissing,
			readField: (record, field) => field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], record),
		});
		expect(nested).toEqual([[{ field: 'address.zip', rule: 'regex', value: '1011', message: 'must match ^\\d{5}$' }]]);
	});

	it('throws for a bad rule before reading any record', () => {
		let reads = 0;
		const run = () =>
			validateRecords([{ zip: '1' }], [{ field: 'zip', rule: 'regex', pattern: '(' }], {
				isMissing,
				readField: () => {
					reads++;
					return '1';
				},
			});
		expect(run).toThrow(/^Validation rule 1 \(regex on field "zip"\)/);
		expect(reads).toBe(0);
	});

	it('gives an empty list for no records', () => {
		expect(validateRecords([], [{ field: 'a', rule: 'unique' }], { isMissing })).toEqual([]);
	});

	it('returns a separate list for every record', () => {
		const result = validateRecords([{}, {}], [], { isMissing });
		result[0].push({ field: 'x', rule: 'required', value: undefined, message: 'is required' });
		expect(result[1]).toEqual([]);
	});
});

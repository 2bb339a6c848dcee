import { missingMatcher } from '../missing/missingMatcher';
import { resolveFields } from './resolveFields';

const isMissing = missingMatcher();

describe('resolveFields', () => {
	const rows = [
		{ id: 1, amount: '12.5', name: 'Ada', phone: '+4930123456', zip: '01067', notes: '', flag: true },
		{ id: 2, amount: null, name: 'Bob', phone: '+4930999', zip: '10115', notes: 'x', flag: false },
	];

	it('takes named fields as given', () => {
		expect(resolveFields(rows, ['name', 'missing'], isMissing)).toEqual(['name', 'missing']);
	});

	it('finds number fields: numbers and number text, but not phone numbers or zero-led codes', () => {
		expect(resolveFields(rows, { all: 'number' }, isMissing)).toEqual(['id', 'amount']);
	});

	it('finds text fields, leaving out booleans and excluded fields', () => {
		expect(resolveFields(rows, { all: 'text' }, isMissing, ['notes'])).toEqual(['name', 'phone', 'zip']);
	});

	it('makes a field with numbers and words a text field', () => {
		expect(resolveFields([{ v: 1 }, { v: 'many' }], { all: 'text' }, isMissing)).toEqual(['v']);
		expect(resolveFields([{ v: 1 }, { v: 'many' }], { all: 'number' }, isMissing)).toEqual([]);
	});
});

import { primaryValue } from './primaryValue';

describe('primaryValue', () => {
	it('takes the primary entry, else the first with a value', () => {
		expect(primaryValue([{ value: 'home@x.org', primary: false }, { value: 'work@x.org', primary: true }])).toBe('work@x.org');
		expect(primaryValue([{ value: '', primary: true }, { value: 'b@x.org', primary: false }])).toBe('b@x.org');
		expect(primaryValue([{ value: ' a@x.org ', primary: 'true' }])).toBe('a@x.org');
	});

	it('reads plain values and gives null for none', () => {
		expect(primaryValue('a@x.org')).toBe('a@x.org');
		expect(primaryValue(['a', 'b'])).toBe('a');
		expect(primaryValue(5551234)).toBe('5551234');
		expect(primaryValue([{ value: '', primary: true }])).toBeNull();
		expect(primaryValue(null)).toBeNull();
		expect(primaryValue([])).toBeNull();
	});
});

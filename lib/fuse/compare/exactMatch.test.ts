import { checkComparison } from './checkComparison';
import { exactMatch } from './exactMatch';

describe('exactMatch', () => {
	it("has Splink's levels: null, exact, else", () => {
		expect(exactMatch('street_number')).toEqual({
			field: 'street_number',
			levels: [{ kind: 'null' }, { kind: 'exact', termFrequency: false }, { kind: 'else' }],
		});
		expect(exactMatch('postcode', { termFrequency: true }).levels[1]).toEqual({ kind: 'exact', termFrequency: true });
		expect(() => checkComparison(exactMatch('x'))).not.toThrow();
	});
});

import { checkBlockingRule } from './checkBlockingRule';

describe('checkBlockingRule', () => {
	it('accepts well-formed rules', () => {
		expect(() => checkBlockingRule({ keys: [{ field: 'a' }, { field: 'b', otherField: 'c', transform: 'soundex' }] }, 0)).not.toThrow();
		expect(() => checkBlockingRule({ keys: [{ field: 'a', transform: 'firstN', n: 1 }] }, 0)).not.toThrow();
	});

	it.each([
		[{ keys: [] }, 1, 'Blocking rule 2 has no keys'],
		[{ name: 'loose', keys: [] }, 0, 'Blocking rule 1 ("loose") has no keys'],
		[{}, 0, 'Blocking rule 1 has no keys'],
		[{ keys: [{ field: 'a' }, {}] }, 2, 'Blocking rule 3, key 2 has no field'],
		[{ keys: [{ field: '' }] }, 0, 'Blocking rule 1, key 1 has no field'],
		[{ keys: [null] }, 0, 'Blocking rule 1, key 1 is not an object with a field'],
		[{ keys: [{ field: 'a', otherField: '' }] }, 0, 'Blocking rule 1 ("a = "), key 1 has an empty otherField'],
		[{ keys: [{ field: 'surname', transform: 'firstN' }] }, 0, 'Blocking rule 1 ("first undefined of surname"), key 1 uses firstN without a whole number n of at least 1 (got undefined)'],
		[{ keys: [{ field: 'surname', transform: 'firstN', n: 0 }] }, 0, 'uses firstN without a whole number n of at least 1 (got 0)'],
		[{ keys: [{ field: 'surname', transform: 'firstN', n: 2.5 }] }, 0, '(got 2.5)'],
		[{ name: 'sx', keys: [{ field: 'surname', transform: 'metaphone' }] }, 4, 'Blocking rule 5 ("sx"), key 1 has the unknown transform "metaphone"; use one of exact, lower, firstN, soundex, fingerprint, digits'],
	])('%j (rule %d) fails: %s', (rule, index, message) => {
		expect(() => checkBlockingRule(rule as never, index)).toThrow(message);
	});
});

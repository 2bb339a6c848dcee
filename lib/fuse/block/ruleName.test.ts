import { ruleName } from './ruleName';

describe('ruleName', () => {
	it.each([
		[{ keys: [{ field: 'given_name' }, { field: 'surname' }] }, 'given_name = given_name AND surname = surname'],
		[{ keys: [{ field: 'surname', transform: 'firstN', n: 3 }] }, 'first 3 of surname'],
		[
			{ keys: [{ field: 'given_name', otherField: 'surname' }, { field: 'surname', otherField: 'given_name' }] },
			'given_name = surname AND surname = given_name',
		],
		[{ keys: [{ field: 'given_name', otherField: 'surname', transform: 'soundex' }] }, 'soundex of given_name = soundex of surname'],
		[{ keys: [{ field: 'phone', transform: 'digits' }, { field: 'city', transform: 'lower' }] }, 'digits of phone AND lower-case city'],
		[{ keys: [{ field: 'company', transform: 'fingerprint' }] }, 'fingerprint of company'],
		[{ name: 'name swap', keys: [{ field: 'a' }] }, 'name swap'],
		[{ name: '  ', keys: [{ field: 'a', transform: 'exact' }] }, 'a = a'],
	] as const)('%j → %s', (rule, expected) => {
		expect(ruleName(rule as never)).toBe(expected);
	});
});

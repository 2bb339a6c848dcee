import fc from 'fast-check';
import { uniqueHeaders } from './uniqueHeaders';

describe('uniqueHeaders', () => {
	test('keeps distinct names as they are', () => {
		expect(uniqueHeaders(['name', 'Name', ' name ', '__proto__'])).toEqual(['name', 'Name', ' name ', '__proto__']);
	});

	test('names blank headers column_N by position', () => {
		expect(uniqueHeaders([undefined, 'a', ''])).toEqual(['column_1', 'a', 'column_3']);
	});

	test('suffixes repeats with _2, _3, skipping names other columns have', () => {
		expect(uniqueHeaders(['email', 'email', 'email'])).toEqual(['email', 'email_2', 'email_3']);
		expect(uniqueHeaders(['email', undefined, 'email', 'email_2'])).toEqual(['email', 'column_2', 'email_3', 'email_2']);
		expect(uniqueHeaders(['column_2', undefined])).toEqual(['column_2', 'column_2_2']);
	});

	test('always gives as many distinct names as columns, keeping every given first name', () => {
		const name = fc.oneof(fc.constant(undefined), fc.constantFrom('', 'a', 'a_2', 'a_3', 'column_1', 'column_2', 'b'));
		fc.assert(
			fc.property(fc.array(name, { maxLength: 8 }), (names) => {
				const headers = uniqueHeaders(names);
				expect(headers).toHaveLength(names.length);
				expect(new Set(headers).size).toBe(names.length);
				for (const given of new Set(names.filter((n) => n))) expect(headers[names.indexOf(given)]).toBe(given);
			}),
		);
	});
});

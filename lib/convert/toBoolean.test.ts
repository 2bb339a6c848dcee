import { toBoolean } from './toBoolean';

const value = (input: unknown, options = {}) => {
	const result = toBoolean(input, options);
	return result.ok ? result.value : result.reason;
};

describe('toBoolean', () => {
	it('passes booleans and reads the numbers 1 and 0', () => {
		expect(value(true)).toBe(true);
		expect(value(false)).toBe(false);
		expect(value(1)).toBe(true);
		expect(value(0)).toBe(false);
		expect(value(2)).toBe('2 is not a yes/no value');
	});

	it('reads true words in several languages, trimmed and ignoring case', () => {
		for (const word of ['yes', 'Y', 'TRUE', 't', '1', 'on', ' ja ', 'J', 'oui', 'Si', 'sí', 'wahr']) {
			expect([word, value(word)]).toEqual([word, true]);
		}
	});

	it('reads false words in several languages', () => {
		for (const word of ['no', 'N', 'False', 'f', '0', 'OFF', 'nein', 'non', 'falso', 'nee']) {
			expect([word, value(word)]).toEqual([word, false]);
		}
	});

	it('refuses other values', () => {
		expect(value('maybe')).toBe('"maybe" is not a yes/no value');
		expect(value('')).toBe('an empty text is not a yes/no value');
		expect(value(null)).toBe('null is not a yes/no value');
		expect(value('yes please')).toBe('"yes please" is not a yes/no value');
		expect(value('constructor')).toBe('"constructor" is not a yes/no value');
	});

	it('reads extra words, which win over built-in ones', () => {
		expect(value('X', { extraTrue: ['x'] })).toBe(true);
		expect(value(' Inaktiv', { extraFalse: ['inaktiv '] })).toBe(false);
		expect(value('n', { extraTrue: ['N'] })).toBe(true);
		expect(value('yes', { extraTrue: ['x'] })).toBe(true);
	});

	it('refuses a word listed as both true and false', () => {
		expect(value('x', { extraTrue: ['x'], extraFalse: ['X'] })).toBe('"x" is listed as both a true and a false word');
	});
});

import fc from 'fast-check';
import { soundex } from './soundex';

describe('soundex', () => {
	it('gives the published American Soundex codes', () => {
		// Examples from the US National Archives' Soundex rules and jellyfish's test data.
		expect(soundex('Robert')).toBe('R163');
		expect(soundex('Rupert')).toBe('R163');
		expect(soundex('Rubin')).toBe('R150');
		expect(soundex('Ashcraft')).toBe('A261');
		expect(soundex('Ashcroft')).toBe('A261');
		expect(soundex('Tymczak')).toBe('T522');
		expect(soundex('Pfister')).toBe('P236');
		expect(soundex('Honeyman')).toBe('H555');
		expect(soundex('Washington')).toBe('W252');
		expect(soundex('Lee')).toBe('L000');
		expect(soundex('Gutierrez')).toBe('G362');
		expect(soundex('Jackson')).toBe('J250');
	});

	it('ignores case, accents and characters that are not letters', () => {
		expect(soundex('robert')).toBe('R163');
		expect(soundex("O'Hara")).toBe('O600');
		expect(soundex('  van-der Berg ')).toBe(soundex('vanderberg'));
		expect(soundex('Müller')).toBe(soundex('Muller'));
		expect(soundex('Strauß')).toBe('S362');
	});

	it('gives an empty code for text without letters', () => {
		expect(soundex('')).toBe('');
		expect(soundex('42 - 7')).toBe('');
		expect(soundex('中文')).toBe('');
	});

	it('gives a letter and three digits exactly when the folded text has a letter', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const code = soundex(text);
				const hasLetter = /[a-z]/i.test(text.normalize('NFKD'));
				return hasLetter ? /^[A-Z][0-6]{3}$/.test(code) : code === '';
			}),
		);
	});
});

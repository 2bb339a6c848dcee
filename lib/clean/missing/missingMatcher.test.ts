import { missingMatcher } from './missingMatcher';

describe('missingMatcher', () => {
	it('always counts null, undefined and NaN as missing', () => {
		const isMissing = missingMatcher({ emptyText: false, whitespace: false });
		expect(isMissing(null)).toBe(true);
		expect(isMissing(undefined)).toBe(true);
		expect(isMissing(NaN)).toBe(true);
	});

	it('never counts zero, false, objects or other numbers as missing', () => {
		const isMissing = missingMatcher({ tokens: ['0', 'false'] });
		for (const value of [0, -0, false, true, {}, [], Infinity, new Date(NaN)]) {
			expect([value, isMissing(value)]).toEqual([value, false]);
		}
	});

	it('counts empty and whitespace-only text by default', () => {
		const isMissing = missingMatcher();
		expect(isMissing('')).toBe(true);
		expect(isMissing('   ')).toBe(true);
		expect(isMissing('\t\n\u00a0')).toBe(true);
		expect(isMissing(' a ')).toBe(false);
		expect(isMissing('N/A')).toBe(false);
	});

	it('lets empty and whitespace-only text be switched off separately', () => {
		const keepEmpty = missingMatcher({ emptyText: false });
		expect(keepEmpty('')).toBe(false);
		expect(keepEmpty('  ')).toBe(true);
		const keepBlank = missingMatcher({ whitespace: false });
		expect(keepBlank('')).toBe(true);
		expect(keepBlank('  ')).toBe(false);
		const keepBlankWithTokens = missingMatcher({ whitespace: false, tokens: ['-'] });
		expect(keepBlankWithTokens('  ')).toBe(false);
		expect(keepBlankWithTokens(' - ')).toBe(true);
	});

	it('compares tokens trimmed and case-insensitively', () => {
		const isMissing = missingMatcher({ tokens: ['N/A', ' null ', '-'] });
		expect(isMissing('n/a')).toBe(true);
		expect(isMissing('  N/A\t')).toBe(true);
		expect(isMissing('NULL')).toBe(true);
		expect(isMissing('-')).toBe(true);
		expect(isMissing('--')).toBe(false);
		expect(isMissing('N/A yet')).toBe(false);
		expect(isMissing('nullable')).toBe(false);
	});

	it('ignores tokens that are empty once trimmed', () => {
		const isMissing = missingMatcher({ emptyText: false, whitespace: false, tokens: ['', '  '] });
		expect(isMissing('')).toBe(false);
		expect(isMissing(' ')).toBe(false);
	});
});

describe('missingMatcher trims as String.prototype.trim does', () => {
	it('agrees with trim on every white space and line terminator around a token', () => {
		const isMissing = missingMatcher({ tokens: ['N/A'] });
		const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
		for (const space of spaces) {
			expect(isMissing(`${space}n/a${space}`)).toBe(true);
			expect(isMissing(`${space}${space}`)).toBe(true);
		}
		// U+200B (zero width space) and U+0085 (next line) are not trimmed by String.prototype.trim.
		for (const other of ['\u200b', '\u0085']) {
			expect(`${other}n/a`.trim()).not.toBe('n/a');
			expect(isMissing(`${other}n/a`)).toBe(false);
		}
		expect(isMissing('  n/a but more  ')).toBe(false);
	});
});

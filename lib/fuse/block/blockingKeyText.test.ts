import { blockingKeyText } from './blockingKeyText';

describe('blockingKeyText', () => {
	it.each([
		[null, 'exact'],
		[undefined, 'exact'],
		[Number.NaN, 'exact'],
		['', 'lower'],
		['  \t', 'exact'],
		['---', 'digits'],
		['42', 'soundex'],
		['...', 'fingerprint'],
	] as const)('%j with %s has no key', (value, transform) => {
		expect(blockingKeyText(value, transform)).toBeUndefined();
	});

	it('exact: the text as is, numbers as their text', () => {
		expect(blockingKeyText(' Ann ', 'exact')).toBe(' Ann ');
		expect(blockingKeyText(2000)).toBe('2000');
		expect(blockingKeyText(2000)).toBe(blockingKeyText('2000'));
		expect(blockingKeyText(true)).toBe('true');
		expect(blockingKeyText(new Date(Date.UTC(2020, 0, 2)))).toBe('2020-01-02T00:00:00.000Z');
		expect(blockingKeyText({ b: 1, a: 2 })).toBe(blockingKeyText({ a: 2, b: 1 }));
	});

	it('lower: lower-cased, trimmed, spaces collapsed', () => {
		expect(blockingKeyText('  Van \u00A0 Der\tBerg ', 'lower')).toBe('van der berg');
	});

	it('firstN: the first n characters of the lower text, never half a surrogate pair', () => {
		expect(blockingKeyText('  SMITHSON', 'firstN', 3)).toBe('smi');
		expect(blockingKeyText('Al', 'firstN', 3)).toBe('al');
		expect(blockingKeyText('😀😀😀', 'firstN', 2)).toBe('😀😀');
	});

	it('soundex, fingerprint and digits', () => {
		expect(blockingKeyText('Robert', 'soundex')).toBe('R163');
		expect(blockingKeyText('Rupert', 'soundex')).toBe('R163');
		expect(blockingKeyText('Cruise, Tom', 'fingerprint')).toBe('cruise tom');
		expect(blockingKeyText('+49 (30) 1234-56', 'digits')).toBe('4930123456');
		expect(blockingKeyText(4930123456, 'digits')).toBe('4930123456');
	});

	it('rejects an unknown transform', () => {
		expect(() => blockingKeyText('x', 'metaphone' as never)).toThrow('unknown blocking transform "metaphone"');
	});
});

import fc from 'fast-check';
import { collapseWhitespace } from './collapseWhitespace';

describe('collapseWhitespace', () => {
	it.each([
		['  a  b  ', 'a b'],
		['a\tb\nc\r\nd', 'a b c d'],
		['a\u00A0b', 'a b'],
		['a\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200Ab', 'a b'],
		['\u3000東京\u3000都\u3000', '東京 都'],
		['a\u0085b\u2028c\u2029d\u202Fe\u205Ff\u1680g\u000Bh\u000Ci', 'a b c d e f g h i'],
		['', ''],
		['   ', ''],
		[' a', 'a'],
		['a ', 'a'],
		['a  b', 'a b'],
	])('%j → %j', (input, expected) => {
		expect(collapseWhitespace(input)).toBe(expected);
	});

	it('keeps zero-width characters, which are not whitespace', () => {
		expect(collapseWhitespace('a\u200Bb\uFEFF')).toBe('a\u200Bb\uFEFF');
	});

	it('returns clean text unchanged', () => {
		expect(collapseWhitespace('Ada Lovelace')).toBe('Ada Lovelace');
		expect(collapseWhitespace('x')).toBe('x');
	});

	it('is idempotent and leaves no double, leading or trailing space', () => {
		const whitespaceHeavy = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n', '\u00A0', '\u3000', '\u2003', '\u0085') });
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), whitespaceHeavy), (text) => {
				const once = collapseWhitespace(text);
				expect(collapseWhitespace(once)).toBe(once);
				expect(once).not.toMatch(/ {2}|^ | $|[\t-\r\u00A0\u3000\u2003\u0085]/);
				expect(once.replace(/ /g, '')).toBe(text.replace(/[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g, ''));
			}),
		);
	});
});

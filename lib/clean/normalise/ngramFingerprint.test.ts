import fc from 'fast-check';
import { ngramFingerprint } from './ngramFingerprint';

describe('ngramFingerprint', () => {
	it('gives the examples of the OpenRefine manual', () => {
		expect(ngramFingerprint('Paris')).toBe('arispari');
		expect(ngramFingerprint('Paris', 1)).toBe('aiprs');
		expect(ngramFingerprint('banana')).toBe('anbana');
	});

	// Expected keys (2-grams, then 1-grams) computed on Java 17 by a transcription of OpenRefine's NGramFingerprintKeyer.
	it.each([
		['Cruise, Tom', 'cretisomrusetoui', 'ceimorstu'],
		['Tom Cruise', 'crismcomrusetoui', 'ceimorstu'],
		['tom cruise', 'crismcomrusetoui', 'ceimorstu'],
		['Ägypten GmbH', 'agbhengmgymbngptteyp', 'abeghmnpty'],
		['A.B.C. Ltd.', 'abbccllttd', 'abcdlt'],
		['O\'Brien & Sons, Inc.', 'brenieinncnsobonrisiso', 'bceinors'],
		['Müller-Lüdenscheidt', 'chdedteienerheidlelllumunsrlscudul', 'cdehilmnrstu'],
		['Zoë Saldaña', 'alandaesldnaoesazo', 'adelnosz'],
		['Łódź, Poland', 'andzlalondodolpozp', 'adlnopz'],
		['Straße', 'asrasesssttr', 'aerst'],
		['Œuvre Ærø Þór', 'aeeaereteuhooeorrerothuvvr', 'aehortuv'],
		['Paris', 'arispari', 'aiprs'],
		['banana', 'anbana', 'abn'],
		['A+B = C', '+b=ca+b=', '+=abc'],
		['$100 | ~x <y>', '$1000|10<yx<y>|~~x', '$01<>xy|~'],
		['a\u00A0b\u3000c\u2003d', 'abbccd', 'abcd'],
		['a\u0085b\u0009c\u000Ad', 'abbccd', 'abcd'],
		['x\u0001y\u0080z', 'xyyz', 'xyz'],
		['ﬁnance ½', '1⁄ancee1fiinnanc⁄2', '12acefin⁄'],
		['naïve café', 'afaicaecfeivnave', 'acefinv'],
		['„Deutsch“ «français» “English”', 'aiancachdeeneufrglhfislincngrascseshtsut', 'acdefghilnrstu'],
		['São Paulo-SP', 'aoauloopospasaspul', 'alopsu'],
		['  the the  THE ', 'etheth', 'eht'],
		['Hawaiʻi', 'aiawhaiiwa', 'ahiw'],
		['İstanbul', 'anbuisnbsttaul', 'abilnstu'],
		['Ŀlorenç', 'enllloncorre', 'celnor'],
		['Nguyễn Văn A', 'anengunangnvuyvaye', 'aegnuvy'],
		['東京 大阪', '京大大阪東京', '京大東阪'],
		['   ', '', ''],
		['...', '', ''],
		['', '', ''],
	])('%j → %j and %j, as OpenRefine', (input, bigrams, unigrams) => {
		expect(ngramFingerprint(input, 2)).toBe(bigrams);
		expect(ngramFingerprint(input, 1)).toBe(unigrams);
	});

	it('clusters values that differ only by spaces inside words', () => {
		expect(ngramFingerprint('Pa ris')).toBe(ngramFingerprint('PARIS'));
	});

	it('gives nothing for text shorter than n', () => {
		expect(ngramFingerprint('ab', 3)).toBe('');
		expect(ngramFingerprint('abc', 3)).toBe('abc');
	});

	it('takes n-grams over code points, never splitting a surrogate pair', () => {
		expect(ngramFingerprint('a\u{1F600}b')).toBe('a\u{1F600}\u{1F600}b');
	});

	it('rejects an n-gram size that is not a whole number of at least 1', () => {
		expect(() => ngramFingerprint('abc', 0)).toThrow(RangeError);
		expect(() => ngramFingerprint('abc', 1.5)).toThrow(RangeError);
	});

	it('is made of distinct sorted n-grams of the cleaned text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'é', ' ', '-', '.') }), fc.integer({ min: 1, max: 4 }), (text, n) => {
				const key = ngramFingerprint(text, n);
				const grams = key.match(new RegExp(`.{${n}}`, 'g')) ?? [];
				expect(grams.join('')).toBe(key);
				expect([...new Set(grams)].sort()).toEqual(grams);
			}),
		);
	});
});

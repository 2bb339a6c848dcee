import fc from 'fast-check';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
	// Expected keys computed on Java 17 by a transcription of OpenRefine's FingerprintKeyer (commit 3478176).
	it.each([
		['Cruise, Tom', 'cruise tom'],
		['Tom Cruise', 'cruise tom'],
		['tom cruise', 'cruise tom'],
		['Ägypten GmbH', 'agypten gmbh'],
		['A.B.C. Ltd.', 'abc ltd'],
		['O\'Brien & Sons, Inc.', 'inc obrien sons'],
		['Müller-Lüdenscheidt', 'mullerludenscheidt'],
		['Zoë Saldaña', 'saldana zoe'],
		['Łódź, Poland', 'lodz poland'],
		['Straße', 'strasse'],
		['Œuvre Ærø Þór', 'aeroe oeuvre thor'],
		['Paris', 'paris'],
		['banana', 'banana'],
		['A+B = C', '= a+b c'],
		['$100 | ~x <y>', '$100 <y> | ~x'],
		['a\u00A0b\u3000c\u2003d', 'a b c d'],
		['a\u0085b\u0009c\u000Ad', 'a b c d'],
		['x\u0001y\u0080z', 'xyz'],
		['ﬁnance ½', '1⁄2 finance'],
		['naïve café', 'cafe naive'],
		['„Deutsch“ «français» “English”', 'deutsch english francais'],
		['São Paulo-SP', 'paulosp sao'],
		['  the the  THE ', 'the'],
		['Hawaiʻi', 'hawaii'],
		['İstanbul', 'istanbul'],
		['Ŀlorenç', 'llorenc'],
		['Nguyễn Văn A', 'a nguyen van'],
		['東京 大阪', '大阪 東京'],
		['   ', ''],
		['...', ''],
		['', ''],
	])('%j → %j, as OpenRefine', (input, expected) => {
		expect(fingerprint(input)).toBe(expected);
	});

	it('drops the empty first word that OpenRefine keeps after leading punctuation', () => {
		// OpenRefine gives ' a' and ' a b' here.
		expect(fingerprint(', a')).toBe('a');
		expect(fingerprint('- b a')).toBe('a b');
	});

	it('removes Unicode punctuation but keeps symbols, as Java\'s \\p{Punct} does under UNICODE_CHARACTER_CLASS', () => {
		expect(fingerprint('a–b—c‐d')).toBe('abcd');
		// ™ lower-cases to itself and only then decomposes to TM, so it stays upper case, as in OpenRefine.
		expect(fingerprint('€5 ±2 © ™')).toBe('TM c ±2 €5');
	});

	it('sorts words by UTF-16 code unit', () => {
		expect(fingerprint('b B a 10 9 _ é')).toBe('10 9 a b e');
		expect(fingerprint('\u{1F600} \uFF21')).toBe('a \u{1F600}');
	});

	const words = fc.array(fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'ß', '1', '.', ',', '-', "'", '$', 'Ø', 'ı') , minLength: 1, maxLength: 6 }), { maxLength: 6 });
	const anyText = fc.oneof(fc.string({ unit: 'binary' }), words.map((list) => list.join(' ')));

	it('is idempotent', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const key = fingerprint(text);
				expect(fingerprint(key)).toBe(key);
			}),
		);
	});

	it('ignores word order, repeated words and the whitespace between words', () => {
		fc.assert(
			fc.property(words, fc.constantFrom(' ', '  ', '\t', '\u00A0', '\n '), (list, gap) => {
				const reordered = [...list].reverse().concat(list.slice(0, 1));
				expect(fingerprint(reordered.join(gap))).toBe(fingerprint(list.join(' ')));
			}),
		);
	});

	it('sorts and dedupes short and long lists of plain words', () => {
		const plainWords = fc.array(fc.stringMatching(/^[a-z0-9]{1,3}$/), { minLength: 1, maxLength: 40 });
		fc.assert(
			fc.property(plainWords, (list) => {
				expect(fingerprint(list.join(' '))).toBe([...new Set(list)].sort().join(' '));
			}),
		);
	});

	it('gives sorted, distinct, non-empty words joined by single spaces', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const key = fingerprint(text);
				if (key === '') return;
				const parts = key.split(' ');
				expect(parts.every((part) => part !== '')).toBe(true);
				expect([...new Set(parts)].sort()).toEqual(parts);
			}),
		);
	});
});

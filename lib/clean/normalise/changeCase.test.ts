import fc from 'fast-check';
import { changeCase } from './changeCase';

describe('changeCase', () => {
	it.each([
		["o'brien", "O'Brien"],
		["O'BRIEN", "O'Brien"],
		['o\u2019neill', 'O\u2019Neill'],
		["d'artagnan", "D'Artagnan"],
		["l'oréal", "L'Oréal"],
		["don't it's rock'n'roll", "Don't It's Rock'n'roll"],
		["'tis", "'Tis"],
		['jean-luc', 'Jean-Luc'],
		['mcdonald', 'Mcdonald'],
		['MACDONALD', 'Macdonald'],
		['ÉMILE ZOLA', 'Émile Zola'],
		['élise', 'Élise'],
		['e\u0301lise', 'E\u0301lise'],
		['j.r.r. tolkien', 'J.R.R. Tolkien'],
		['(john) mary/jane', '(John) Mary/Jane'],
		['3RD STREET', '3rd Street'],
		['  two  spaces ', '  Two  Spaces '],
		['istanbul İZMİR', 'Istanbul I\u0307zmi\u0307r'], // İ lower-cases to i + combining dot above
		['ßen', 'Ssen'],
		['ǆuro', 'ǅuro'],
		['ΟΔΥΣΣΕΥΣ', 'Οδυσσευς'],
		['東京 tokyo', '東京 Tokyo'],
		['', ''],
	])('title %j → %j', (input, expected) => {
		expect(changeCase(input, 'title')).toBe(expected);
	});

	it('changes every letter for lower and upper, the same in every locale', () => {
		expect(changeCase('ÉMILE Zola İ', 'lower')).toBe('émile zola i\u0307');
		expect(changeCase('émile zola istanbul', 'upper')).toBe('ÉMILE ZOLA ISTANBUL');
		expect(changeCase('Straße', 'upper')).toBe('STRASSE');
	});

	it('title case is idempotent and lower-cases to the same text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'Ö', ' ', '-', "'", '.', '1', 'x') }), (text) => {
				const title = changeCase(text, 'title');
				expect(changeCase(title, 'title')).toBe(title);
				expect(title.toLowerCase()).toBe(text.toLowerCase());
			}),
		);
	});
});

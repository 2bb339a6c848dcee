import { decimalSeparatorFor, GROUP_SEPARATORS } from './numberSeparators';

describe('decimalSeparatorFor', () => {
	it('reads the decimal separator from Intl', () => {
		expect(decimalSeparatorFor('en')).toEqual({ ok: true, value: '.' });
		expect(decimalSeparatorFor('de-DE')).toEqual({ ok: true, value: ',' });
		expect(decimalSeparatorFor('fr')).toEqual({ ok: true, value: ',' });
		expect(decimalSeparatorFor('de-CH')).toEqual({ ok: true, value: '.' });
	});

	it('gives the same answer from its cache', () => {
		expect(decimalSeparatorFor('de')).toEqual(decimalSeparatorFor('de'));
	});

	it('fails for a malformed locale tag', () => {
		expect(decimalSeparatorFor('en_US')).toEqual({ ok: false, reason: '"en_US" is not a valid locale' });
		expect(decimalSeparatorFor('')).toEqual({ ok: false, reason: '"" is not a valid locale' });
	});
});

describe('GROUP_SEPARATORS', () => {
	it('covers the grouping characters Intl writes for common locales', () => {
		for (const locale of ['en', 'de', 'fr', 'de-CH', 'es', 'it', 'pt-BR', 'sv', 'pl', 'nl']) {
			const group = new Intl.NumberFormat(locale, { useGrouping: 'always' } as Intl.NumberFormatOptions)
				.formatToParts(1234567)
				.find((part) => part.type === 'group')?.value;
			expect(GROUP_SEPARATORS).toContain(group);
		}
	});
});

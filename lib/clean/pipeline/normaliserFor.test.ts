import { normaliserFor } from './normaliserFor';

describe('normaliserFor', () => {
	it('binds each normaliser with its options', () => {
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'title' }).apply("ANNA O'BRIEN")).toBe("Anna O'Brien");
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'phone', defaultCountry: 'DE' }).apply('030 1234567')).toEqual({
			ok: true,
			value: '+49301234567',
		});
		expect(
			normaliserFor({ step: 'normalise', fields: [], normaliser: 'date', inputFormats: ['dd.MM.yyyy'] }).apply('31.03.2024'),
		).toEqual({ ok: true, value: '2024-03-31' });
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'company', suffix: 'strip' }).apply('Acme, Inc.')).toEqual({
			ok: true,
			value: 'Acme',
		});
	});

	it('tells text-only normalisers from those that check values, which report bad values', () => {
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'whitespace' }).kind).toBe('text');
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'country' }).apply('Atlantis')).toMatchObject({ ok: false });
	});
});

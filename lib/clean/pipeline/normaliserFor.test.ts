import { normaliserFor } from './normaliserFor';

describe('normaliserFor', () => {
	it('binds each normaliser with its options', () => {
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'title' })("ANNA O'BRIEN")).toEqual({ ok: true, value: "Anna O'Brien" });
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'phone', defaultCountry: 'DE' })('030 1234567')).toEqual({
			ok: true,
			value: '+49301234567',
		});
		expect(
			normaliserFor({ step: 'normalise', fields: [], normaliser: 'date', inputFormats: ['dd.MM.yyyy'] })('31.03.2024'),
		).toEqual({ ok: true, value: '2024-03-31' });
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'company', suffix: 'strip' })('Acme, Inc.')).toEqual({
			ok: true,
			value: 'Acme',
		});
	});

	it('leaves non-text values alone for text-only normalisers, and reports bad values of checked ones', () => {
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'whitespace' })(42)).toBeUndefined();
		expect(normaliserFor({ step: 'normalise', fields: [], normaliser: 'country' })('Atlantis')).toMatchObject({ ok: false });
	});
});

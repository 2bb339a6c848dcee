import { ALPHA3_BY_ALPHA2 } from './countryCodes';

describe('ALPHA3_BY_ALPHA2', () => {
	it('has the 249 ISO 3166-1 countries and Kosovo, each code once', () => {
		expect(ALPHA3_BY_ALPHA2.size).toBe(250);
		expect(new Set(ALPHA3_BY_ALPHA2.values()).size).toBe(250);
		for (const [alpha2, alpha3] of ALPHA3_BY_ALPHA2) expect(`${alpha2} ${alpha3}`).toMatch(/^[A-Z]{2} [A-Z]{3}$/);
	});

	it('pairs the codes right', () => {
		const samples = { DE: 'DEU', GB: 'GBR', US: 'USA', CH: 'CHE', AT: 'AUT', KM: 'COM', CD: 'COD', KR: 'KOR', KP: 'PRK', SX: 'SXM', XK: 'XKX', ZW: 'ZWE' };
		for (const [alpha2, alpha3] of Object.entries(samples)) expect([alpha2, ALPHA3_BY_ALPHA2.get(alpha2)]).toEqual([alpha2, alpha3]);
	});

	it('lists only regions that ICU names, and all the countries it names', () => {
		const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
		for (const alpha2 of ALPHA3_BY_ALPHA2.keys()) expect([alpha2, names.of(alpha2) !== undefined]).toEqual([alpha2, true]);
		// Every code ICU names beyond the table is a reserved, withdrawn or macro-region code.
		const notCountries = new Set(['AC', 'AN', 'BU', 'CP', 'CQ', 'CS', 'DD', 'DG', 'DY', 'EA', 'EU', 'EZ', 'FX', 'HV', 'IC', 'NH', 'QO', 'RH', 'SU', 'TA', 'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ']);
		for (let first = 65; first <= 90; first++) {
			for (let second = 65; second <= 90; second++) {
				const code = String.fromCharCode(first, second);
				if (!ALPHA3_BY_ALPHA2.has(code) && !notCountries.has(code)) expect([code, names.of(code)]).toEqual([code, undefined]);
			}
		}
	});
});

import { ALPHA3_BY_ALPHA2 } from './countryCodes';
import { normaliseCountry } from './normaliseCountry';

const value = (input: unknown) => {
	const result = normaliseCountry(input);
	return result.ok ? result.value : result.reason;
};

describe('normaliseCountry', () => {
	it('reads alpha-2 and alpha-3 codes in any case', () => {
		expect(normaliseCountry('DE')).toEqual({ ok: true, value: 'DE' });
		expect(value(' de ')).toBe('DE');
		expect(value('DEU')).toBe('DE');
		expect(value('gbr')).toBe('GB');
		expect(value('Che')).toBe('CH');
		for (const [alpha2, alpha3] of ALPHA3_BY_ALPHA2) {
			expect([alpha2, value(alpha2.toLowerCase()), value(alpha3)]).toEqual([alpha2, alpha2, alpha2]);
		}
	});

	it('reads English names, ignoring case, accents, punctuation and spacing', () => {
		expect(value('Germany')).toBe('DE');
		expect(value('UNITED   KINGDOM')).toBe('GB');
		expect(value('Côte d’Ivoire')).toBe('CI');
		expect(value("Cote d'Ivoire")).toBe('CI');
		expect(value('Bosnia and Herzegovina')).toBe('BA');
		expect(value('Bosnia & Herzegovina')).toBe('BA');
		expect(value('Trinidad and Tobago')).toBe('TT');
		expect(value('Saint Lucia')).toBe('LC');
		expect(value('St. Lucia')).toBe('LC');
		expect(value('Saint Vincent and the Grenadines')).toBe('VC');
		expect(value('The Gambia')).toBe('GM');
		expect(value('Guinea-Bissau')).toBe('GW');
		expect(value('Myanmar')).toBe('MM');
		expect(value('Åland Islands')).toBe('AX');
	});

	it('reads names in German, French, Spanish, Italian, Dutch and Portuguese', () => {
		expect(value('Deutschland')).toBe('DE');
		expect(value('Österreich')).toBe('AT');
		expect(value('Allemagne')).toBe('DE');
		expect(value('Royaume-Uni')).toBe('GB');
		expect(value('Alemania')).toBe('DE');
		expect(value('Estados Unidos')).toBe('US');
		expect(value('Germania')).toBe('DE');
		expect(value('Svizzera')).toBe('CH');
		expect(value('Duitsland')).toBe('DE');
		expect(value('Verenigde Staten')).toBe('US');
		expect(value('Alemanha')).toBe('DE');
		expect(value('Suíça')).toBe('CH');
		expect(value('Vereinigte Staaten')).toBe('US');
		expect(value('Schweiz')).toBe('CH');
		expect(value('Suisse')).toBe('CH');
	});

	it('reads common aliases', () => {
		const aliases: Record<string, string> = {
			USA: 'US',
			'U.S.A.': 'US',
			'United States of America': 'US',
			'united states': 'US',
			UK: 'GB',
			'U.K.': 'GB',
			'Great Britain': 'GB',
			England: 'GB',
			Scotland: 'GB',
			Wales: 'GB',
			Holland: 'NL',
			'The Netherlands': 'NL',
			'South Korea': 'KR',
			'North Korea': 'KP',
			Russia: 'RU',
			'Russian Federation': 'RU',
			Czechia: 'CZ',
			'Czech Republic': 'CZ',
			'Ivory Coast': 'CI',
			'Republic of the Congo': 'CG',
			'DR Congo': 'CD',
			Burma: 'MM',
			Turkey: 'TR',
			Türkiye: 'TR',
			Swaziland: 'SZ',
			Kosovo: 'XK',
			UAE: 'AE',
		};
		for (const [alias, alpha2] of Object.entries(aliases)) expect([alias, value(alias)]).toEqual([alias, alpha2]);
	});

	it('fails unknown names and values that are not text', () => {
		expect(value('Atlantis')).toBe('"Atlantis" is not a known country');
		expect(value('XX')).toBe('"XX" is not a known country');
		expect(value('EU')).toBe('"EU" is not a known country');
		expect(value('')).toBe('an empty text is not a known country');
		expect(value('...')).toBe('"..." is not a known country');
		expect(value(276)).toBe('276 is not a known country');
		expect(value(null)).toBe('null is not a country');
		expect(value(undefined)).toBe('undefined is not a country');
	});

	it('gives the same answer for a value seen before', () => {
		expect(value('Deutschland')).toBe('DE');
		expect(value('Deutschland')).toBe('DE');
		expect(value('Nowhere')).toBe('"Nowhere" is not a known country');
		expect(value('Nowhere')).toBe('"Nowhere" is not a known country');
	});
});

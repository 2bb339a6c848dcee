import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';
import { ALPHA3_BY_ALPHA2 } from './countryCodes';
import { foldAccents } from './foldAccents';
import { valueText } from './valueText';

/** Languages whose country names are read, from ICU's CLDR data (Node ships full ICU). */
const NAME_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];
const NAME_STYLES = ['long', 'short', 'narrow'] as const;

/**
 * Names CLDR does not give, or gives differently, in the forms CRM data uses: official long
 * names, former names, parts of a country, abbreviations. They win over CLDR names.
 */
const ALIASES: Readonly<Record<string, string[]>> = {
	US: ['USA', 'U.S.A.', 'U.S.', 'United States of America', 'America', 'Vereinigte Staaten von Amerika'],
	GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom of Great Britain and Northern Ireland', 'Grossbritannien', 'Großbritannien', 'Angleterre', 'Inghilterra', 'Inglaterra', 'Engeland', 'Schottland'],
	NL: ['Holland', 'Kingdom of the Netherlands', 'Niederlande'],
	KR: ['South Korea', 'Korea', 'Korea, South', 'Republic of Korea', 'Korea, Republic of', 'Südkorea'],
	KP: ['North Korea', 'Korea, North', 'DPRK', "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", 'Nordkorea'],
	RU: ['Russia', 'Russian Federation', 'Russland'],
	CZ: ['Czechia', 'Czech Republic', 'Tschechien', 'Tschechische Republik'],
	SK: ['Slovak Republic'],
	CI: ['Ivory Coast', "Cote d'Ivoire", 'Cote d Ivoire', 'Elfenbeinküste'],
	CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo, Democratic Republic of the', 'Congo-Kinshasa', 'Zaire'],
	CG: ['Congo', 'Republic of the Congo', 'Congo, Republic of the', 'Congo-Brazzaville'],
	IR: ['Iran', 'Islamic Republic of Iran', 'Iran, Islamic Republic of'],
	SY: ['Syria', 'Syrian Arab Republic'],
	VN: ['Vietnam', 'Viet Nam'],
	LA: ['Laos', "Lao People's Democratic Republic", 'Lao PDR'],
	BO: ['Bolivia', 'Plurinational State of Bolivia', 'Bolivia, Plurinational State of'],
	VE: ['Venezuela', 'Bolivarian Republic of Venezuela', 'Venezuela, Bolivarian Republic of'],
	TZ: ['Tanzania', 'United Republic of Tanzania', 'Tanzania, United Republic of'],
	MD: ['Moldova', 'Republic of Moldova', 'Moldova, Republic of'],
	MK: ['Macedonia', 'North Macedonia', 'Republic of North Macedonia', 'FYROM'],
	SZ: ['Swaziland', 'Eswatini'],
	CV: ['Cape Verde', 'Cabo Verde'],
	TL: ['East Timor', 'Timor-Leste'],
	MM: ['Burma', 'Myanmar'],
	TR: ['Turkey', 'Türkiye', 'Turkiye'],
	TW: ['Taiwan', 'Republic of China', 'Taiwan, Province of China', 'Chinese Taipei'],
	CN: ["People's Republic of China", 'PRC', 'Mainland China'],
	HK: ['Hong Kong', 'Hong Kong SAR'],
	MO: ['Macau', 'Macao', 'Macao SAR'],
	VA: ['Vatican', 'Vatican City', 'Vatican City State', 'Holy See'],
	PS: ['Palestine', 'State of Palestine', 'Palestinian Territories', 'Palestine, State of'],
	FM: ['Micronesia', 'Federated States of Micronesia', 'Micronesia, Federated States of'],
	AE: ['UAE', 'U.A.E.', 'Emirates'],
	DE: ['Federal Republic of Germany', 'BRD', 'Deutschland'],
	IE: ['Republic of Ireland', 'Eire', 'Éire'],
	BA: ['Bosnia', 'Bosnia-Herzegovina'],
	BN: ['Brunei', 'Brunei Darussalam'],
	VG: ['British Virgin Islands', 'Virgin Islands, British'],
	VI: ['US Virgin Islands', 'U.S. Virgin Islands', 'Virgin Islands, U.S.'],
	FK: ['Falkland Islands (Malvinas)', 'Malvinas'],
	XK: ['Kosovo'],
	KN: ['Saint Kitts and Nevis', 'St Kitts'],
	VC: ['Saint Vincent and the Grenadines'],
	SH: ['Saint Helena, Ascension and Tristan da Cunha'],
	BQ: ['Bonaire', 'Bonaire, Sint Eustatius and Saba', 'Caribbean Netherlands'],
	SX: ['Sint Maarten', 'Sint Maarten (Dutch part)'],
	MF: ['Saint Martin (French part)'],
	CH: ['Schweiz', 'Suisse', 'Svizzera', 'Swiss Confederation'],
	AT: ['Österreich', 'Oesterreich'],
};

/**
 * The lookup key of a country name: accents folded, lower case, `&` read as "and", dots and
 * apostrophes dropped (so `U.S.A.` is `usa` and `d’Ivoire` `divoire`), other punctuation and
 * spaces collapsed to one space, `St`/`Ste` read as `Saint`/`Sainte`, and the word "the" left out
 * (`The Gambia`, `St. Vincent & Grenadines`).
 */
function nameKey(name: string): string {
	const words = foldAccents(name)
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[.'’‘`´]/g, '')
		.split(/[^\p{L}\p{N}]+/u);
	let key = '';
	for (const word of words) {
		if (word === '' || word === 'the') continue;
		const spelled = word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word;
		key = key === '' ? spelled : `${key} ${spelled}`;
	}
	return key;
}

let lookup: Map<string, string> | undefined;

/**
 * Alpha-2 code by name key, built on first use (some 5,000 ICU calls): codes first, then
 * aliases, then CLDR names, then the part of a CLDR name before a parenthesis
 * (`Myanmar (Burma)`); a key keeps the first code it was given, so CLDR can never override an
 * alias and `Saint-Martin (partie néerlandaise)` does not take `Saint-Martin` from MF.
 */
function countryLookup(): Map<string, string> {
	if (lookup !== undefined) return lookup;
	const table = new Map<string, string>();
	const add = (name: string, alpha2: string) => {
		const key = nameKey(name);
		if (key !== '' && !table.has(key)) table.set(key, alpha2);
	};
	for (const [alpha2, alpha3] of ALPHA3_BY_ALPHA2) {
		add(alpha2, alpha2);
		add(alpha3, alpha2);
	}
	for (const [alpha2, names] of Object.entries(ALIASES)) for (const name of names) add(name, alpha2);
	const shortened: Array<[string, string]> = [];
	for (const locale of NAME_LOCALES) {
		for (const style of NAME_STYLES) {
			const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
			for (const alpha2 of ALPHA3_BY_ALPHA2.keys()) {
				const name = names.of(alpha2);
				if (name === undefined) continue;
				add(name, alpha2);
				const parenthesis = name.indexOf('(');
				if (parenthesis > 0) shortened.push([name.slice(0, parenthesis), alpha2]);
			}
		}
	}
	for (const [name, alpha2] of shortened) add(name, alpha2);
	lookup = table;
	return table;
}

/** Alpha-2 code (`''` for unknown) by the text as written: a country column has few distinct values. */
const codes = new Map<string, string>();
const MAX_CACHED = 10_000;

/**
 * Normalises a country to its ISO 3166-1 alpha-2 code in upper case (`DE`). It reads alpha-2
 * and alpha-3 codes in any case, the country names ICU's CLDR data gives in English, German,
 * French, Spanish, Italian, Dutch and Portuguese (long, short and narrow forms), and common
 * aliases: `USA`, `U.S.A.`, `United States of America`, `UK`, `Great Britain`, `England`,
 * `Scotland`, `Wales` (all GB), `Holland`, `South Korea`, `North Korea`, `Russia`, `Czech
 * Republic`, `Ivory Coast`, `Burma`, `Turkey`, `Swaziland` and more. Names are compared with
 * accents folded, ignoring case, punctuation and spacing, `&` against "and", `St.` against
 * "Saint", and leaving out "the". Kosovo is read as the user-assigned `XK`. Anything else fails.
 *
 * The name table is built on first use.
 *
 * @example
 * normaliseCountry('Deutschland'); // { ok: true, value: 'DE' }
 * normaliseCountry('usa'); // { ok: true, value: 'US' }
 * normaliseCountry('Côte d’Ivoire'); // { ok: true, value: 'CI' }
 * normaliseCountry('Atlantis'); // { ok: false, reason: '"Atlantis" is not a known country' }
 */
export function normaliseCountry(value: unknown): ConversionResult<string> {
	const text = valueText(value, 'a country');
	if (!text.ok) return text;
	let alpha2 = codes.get(text.value);
	if (alpha2 === undefined) {
		alpha2 = countryLookup().get(nameKey(text.value)) ?? '';
		if (codes.size >= MAX_CACHED) codes.clear();
		codes.set(text.value, alpha2);
	}
	return alpha2 === '' ? failure(`${describeValue(value)} is not a known country`) : succeed(alpha2);
}

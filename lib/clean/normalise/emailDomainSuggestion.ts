import { isOneEditApart } from './isOneEditApart';

/**
 * Mail domains of the large free and ISP providers, most used first: when a mistyped domain is
 * one edit away from several, the first wins. Every domain listed is also never "corrected",
 * which is why look-alikes such as ymail.com, email.com and mail.com are here.
 */
const PROVIDER_DOMAINS = [
	'gmail.com',
	'yahoo.com',
	'hotmail.com',
	'outlook.com',
	'icloud.com',
	'aol.com',
	'live.com',
	'msn.com',
	'googlemail.com',
	'hotmail.co.uk',
	'hotmail.de',
	'hotmail.fr',
	'hotmail.it',
	'hotmail.es',
	'outlook.de',
	'outlook.fr',
	'live.de',
	'live.fr',
	'live.co.uk',
	'yahoo.co.uk',
	'yahoo.de',
	'yahoo.fr',
	'yahoo.es',
	'yahoo.it',
	'yahoo.co.jp',
	'yahoo.co.in',
	'yahoo.com.br',
	'ymail.com',
	'rocketmail.com',
	'me.com',
	'mac.com',
	'protonmail.com',
	'proton.me',
	'pm.me',
	'gmx.de',
	'gmx.net',
	'gmx.com',
	'gmx.at',
	'gmx.ch',
	'web.de',
	't-online.de',
	'freenet.de',
	'mail.com',
	'email.com',
	'mail.ru',
	'yandex.ru',
	'yandex.com',
	'orange.fr',
	'wanadoo.fr',
	'free.fr',
	'laposte.net',
	'sfr.fr',
	'libero.it',
	'virgilio.it',
	'bluewin.ch',
	'seznam.cz',
	'wp.pl',
	'onet.pl',
	'interia.pl',
	'comcast.net',
	'verizon.net',
	'att.net',
	'sbcglobal.net',
	'bellsouth.net',
	'charter.net',
	'cox.net',
	'btinternet.com',
	'virginmedia.com',
	'sky.com',
	'shaw.ca',
	'rogers.com',
	'bigpond.com',
	'zoho.com',
	'fastmail.com',
	'tutanota.com',
	'qq.com',
	'163.com',
	'126.com',
	'naver.com',
	'hanmail.net',
	'rediffmail.com',
	'uol.com.br',
	'terra.com.br',
];

const PROVIDERS = new Set(PROVIDER_DOMAINS);

/**
 * Providers whose name (before the first dot) has at least five characters. One edit from a short
 * name such as me.com, aol.com or gmx.de reaches real domains (ge.com, aon.com), so only these are
 * compared by edit distance; the short ones are still caught by their TLD slips.
 */
const EDIT_CANDIDATES = PROVIDER_DOMAINS.filter((domain) => domain.indexOf('.') >= 5);

/** Slips of `.com`: one key off, swapped, missing or doubled letters. */
const WRONG_COM_TLDS = new Set(['con', 'cmo', 'co', 'cm', 'om', 'comm', 'coom', 'cpm', 'vom', 'xom', 'cim', 'ocm']);

/** Suggestions by lower-cased domain, `''` for none. */
const suggestions = new Map<string, string>();
const MAX_CACHED = 10_000;

/**
 * The provider domain that a mail domain is probably a typo of, or `undefined` if it is one of the
 * known providers or not close to any. It is a typo when it is one Damerau–Levenshtein edit (an
 * inserted, deleted or changed letter, or two neighbours swapped) from a provider whose name has
 * five letters or more (gmial.com, gmai.com, gnail.com, hotmial.com, yaho.com, outlok.com), or
 * when a `.com` provider's name stands with a slip of `.com` such as `.con`, `.cmo` or `.co`
 * (aol.con, gmail.co). Compared ignoring case and surrounding spaces.
 *
 * @example
 * emailDomainSuggestion('gmial.com'); // 'gmail.com'
 * emailDomainSuggestion('aol.con'); // 'aol.com'
 * emailDomainSuggestion('gmail.com'); // undefined
 * emailDomainSuggestion('example.org'); // undefined
 */
export function emailDomainSuggestion(domain: string): string | undefined {
	const lower = domain.trim().toLowerCase();
	if (PROVIDERS.has(lower)) return undefined;
	// Company domains repeat across a file's addresses; the edit check is the costly part.
	let suggestion = suggestions.get(lower);
	if (suggestion === undefined) {
		suggestion = typoOf(lower) ?? '';
		if (suggestions.size >= MAX_CACHED) suggestions.clear();
		suggestions.set(lower, suggestion);
	}
	return suggestion === '' ? undefined : suggestion;
}

function typoOf(lower: string): string | undefined {
	const dot = lower.lastIndexOf('.');
	if (dot > 0 && WRONG_COM_TLDS.has(lower.slice(dot + 1))) {
		const dotCom = `${lower.slice(0, dot)}.com`;
		if (PROVIDERS.has(dotCom)) return dotCom;
	}
	return EDIT_CANDIDATES.find((provider) => isOneEditApart(lower, provider));
}

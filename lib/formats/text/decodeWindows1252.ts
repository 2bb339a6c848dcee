import { decodeLatin1 } from './decodeLatin1';

/** What windows-1252 puts on 0x80–0x9F (WHATWG table; the five unassigned bytes keep their C1 code point). */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes windows-1252, the encoding of most "ANSI" CSV exports from Windows: Latin-1 except
 * for 0x80–0x9F, which hold € „ “ ” – — ™ and others. Written out because Node's
 * `TextDecoder('windows-1252')` decodes whole inputs as plain Latin-1 since 20.18.3 / 22.13.0
 * (nodejs/node#56542, #60888; only its `stream` mode still uses the right table).
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94])); // '€ “a”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const text = decodeLatin1(bytes);
	return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]) : text;
}

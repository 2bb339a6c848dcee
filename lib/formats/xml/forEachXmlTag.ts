// Comments, CDATA, processing instructions and DOCTYPEs are matched so they can be skipped; tags
// are captured with whether they close (`</a>`), their name and whether they close themselves.
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<(\/?)([^\s/>!?]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/gi;

/** One start, end or empty-element tag. */
export interface XmlTag {
	name: string;
	/** `</name>` */
	closing: boolean;
	/** `<name/>` */
	selfClosing: boolean;
	/** Offset of its `<`. */
	index: number;
}

/**
 * Calls `visit` for each tag of `text` in order, skipping comments, CDATA, processing instructions
 * and DOCTYPEs, until `visit` returns `false`. A lightweight scan for error messages: it does not
 * check well-formedness, and tolerates broken input.
 *
 * @example
 * forEachXmlTag('<a><b/></a>', (tag) => seen.push([tag.name, tag.closing, tag.selfClosing]));
 * // a false false / b false true / a true false
 */
export function forEachXmlTag(text: string, visit: (tag: XmlTag) => boolean | void): void {
	const markup = new RegExp(MARKUP.source, MARKUP.flags);
	for (let match = markup.exec(text); match !== null; match = markup.exec(text)) {
		const [, closing, name, selfClosing] = match;
		if (name === undefined) continue;
		if (visit({ name, closing: closing === '/', selfClosing: selfClosing === '/', index: match.index }) === false) return;
	}
}

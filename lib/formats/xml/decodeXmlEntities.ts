/** The five entities XML itself defines. No others are decoded, whatever a DOCTYPE declares. */
const BUILT_IN: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const REFERENCE = /&(?:#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;

/**
 * Decodes the five built-in entities (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) and character
 * references (`&#169;`, `&#xA9;`). Anything else, such as `&nbsp;` or a reference to a character
 * XML cannot hold (`&#0;`), is left as written: the data survives and nothing is expanded.
 *
 * @example
 * decodeXmlEntities('Fish &amp; Chips &#169; &nbsp;'); // 'Fish & Chips © &nbsp;'
 */
export function decodeXmlEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(REFERENCE, (reference: string, decimal?: string, hex?: string, name?: string) => {
		if (name !== undefined) return BUILT_IN[name];
		const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex as string, 16);
		return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : reference;
	});
}

/** XML 1.0 `Char`: the code points a document may contain at all. */
function isXmlChar(codePoint: number): boolean {
	return (
		codePoint === 0x9 ||
		codePoint === 0xa ||
		codePoint === 0xd ||
		(codePoint >= 0x20 && codePoint <= 0xd7ff) ||
		(codePoint >= 0xe000 && codePoint <= 0xfffd) ||
		(codePoint >= 0x10000 && codePoint <= 0x10ffff)
	);
}

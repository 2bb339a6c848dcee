/**
 * The `rel="next"` target of an RFC 8288 Link header, resolved against the URL of the page that
 * carried it; undefined when there is no next link.
 *
 * @example
 * nextLinkUrl('<https://api.example.com/c?page=2>; rel="next", <https://api.example.com/c?page=9>; rel="last"', 'https://api.example.com/c');
 * // 'https://api.example.com/c?page=2'
 */
export function nextLinkUrl(header: string | undefined, pageUrl: string): string | undefined {
	if (header === undefined) return undefined;
	// Split on commas that start a new link value; a comma inside <…> is part of a URL.
	for (const link of header.split(/,(?=\s*<)/)) {
		const match = /^\s*<([^>]*)>(.*)$/.exec(link);
		if (!match) continue;
		const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
		const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
		if (relations.includes('next')) return new URL(match[1], pageUrl).toString();
	}
	return undefined;
}

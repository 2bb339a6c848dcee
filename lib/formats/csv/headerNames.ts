/**
 * Makes usable, distinct field names of a header record: an empty name becomes `column_N`
 * (N counting from 1), and a repeated name gets `_2`, `_3` … (skipping suffixes another header
 * already uses), so no column's values are lost by sharing a key.
 *
 * @example
 * headerNames(['id', 'name', 'name', '', 'name_2']); // ['id', 'name', 'name_3', 'column_4', 'name_2']
 * headerNames([' id ', 'e-mail'], { trim: true }); // ['id', 'e-mail']
 */
export function headerNames(raw: readonly string[], options: { trim?: boolean } = {}): string[] {
	const names = raw.map((name, i) => {
		const cleaned = options.trim ? name.trim() : name;
		return cleaned === '' ? `column_${i + 1}` : cleaned;
	});
	const given = new Set(names);
	const used = new Set<string>();
	return names.map((name) => {
		let unique = name;
		for (let n = 2; used.has(unique); n++) {
			const candidate = `${name}_${n}`;
			// A suffixed name that appears in the header belongs to that column.
			if (!given.has(candidate)) unique = candidate;
		}
		used.add(unique);
		return unique;
	});
}

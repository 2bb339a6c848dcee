/**
 * Field names from a header row: a blank header (`undefined` or `''`) becomes `column_N` (its
 * 1-based column), and a repeated one gets `_2`, `_3`... The first of a name keeps it, and no
 * suffix takes a name that another column has, so every column keeps its data.
 *
 * @example
 * uniqueHeaders(['email', undefined, 'email', 'email_2']); // ['email', 'column_2', 'email_3', 'email_2']
 */
export function uniqueHeaders(names: ReadonlyArray<string | undefined>): string[] {
	const given = names.map((name) => (name === undefined || name === '' ? undefined : name));
	const taken = new Set(given.filter((name): name is string => name !== undefined));
	const kept = new Set<string>();
	return given.map((name, i) => {
		if (name !== undefined && !kept.has(name)) {
			kept.add(name);
			return name;
		}
		const base = name ?? `column_${i + 1}`;
		let candidate = base;
		for (let n = 2; taken.has(candidate) || kept.has(candidate); n++) candidate = `${base}_${n}`;
		kept.add(candidate);
		return candidate;
	});
}

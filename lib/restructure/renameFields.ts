import type { Row } from '../core/record';
import { deletePath } from './deletePath';
import { readPath } from './readPath';
import { writePath } from './writePath';

/** One rename: the field at path `from` moves to path `to`. */
export interface FieldRename {
	from: string;
	to: string;
}

export interface RenameFieldsOptions {
	/** Keep the fields no mapping mentions. Default `true`; `false` keeps only the renamed ones. */
	keepUnmapped?: boolean;
}

/**
 * Moves fields to new names or paths (`firstname` → `contact.first_name`). All values are read
 * before any is moved, so the mappings act at once and `a → b, b → a` swaps two fields. A `from`
 * that is missing is skipped; a `to` that exists is overwritten. An object emptied by moving its
 * last field away stays as `{}`. Throws a `RangeError` when two mappings share a `to`.
 *
 * @example
 * renameFields({ firstname: 'Ada', zip: '10115' }, [{ from: 'firstname', to: 'first_name' }, { from: 'zip', to: 'address.zip' }]);
 * // { first_name: 'Ada', address: { zip: '10115' } }
 */
export function renameFields(row: Row, mapping: readonly FieldRename[], options: RenameFieldsOptions = {}): Row {
	const targets = new Set<string>();
	for (const { to } of mapping) {
		if (targets.has(to)) throw new RangeError(`Two fields are renamed to "${to}"`);
		targets.add(to);
	}
	const moves = mapping.map(({ from, to }) => ({ to, lookup: readPath(row, from) }));
	let out: Row = options.keepUnmapped ?? true ? mapping.reduce((current, { from }) => deletePath(current, from), row) : {};
	for (const { to, lookup } of moves) {
		if (lookup.found) out = writePath(out, to, lookup.value);
	}
	return out === row ? { ...row } : out;
}

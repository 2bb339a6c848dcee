import { DEFAULT_LIMITS } from '../../core/limits';
import { fieldReader, type Row } from '../../core/record';
import { checkFusionPolicy } from './checkFusionPolicy';
import { joinedRowBuilder, type JoinClash } from './joinedRowBuilder';
import { joinKeyNormaliser, type JoinKeyNormalisation } from './joinKeyNormaliser';

/** One part of the join key: a left field, the right field it must equal, and how both are normalised first. */
export interface JoinKey {
	left: string;
	right: string;
	/** Default `'none'`: values compared as data. See `joinKeyNormaliser`. */
	normalise?: JoinKeyNormalisation;
}

export interface JoinOptions {
	keys: JoinKey[];
	/** `inner`: matched rows only; `left`: every left row; `full`: every row of both sides. */
	type: 'inner' | 'left' | 'full';
	clash: JoinClash;
	/** Country of phone numbers written without `+` or `00`, for `normalise: 'phone'`. */
	defaultCountry?: string;
	/** Most rows the join may produce (many-to-many keys multiply). Default 5,000,000. */
	maxRecords?: number;
}

export interface JoinResult {
	records: Row[];
	/** For each output row, the positions of the left and right rows it came from; a side it lacks is absent. */
	origin: Array<{ left?: number; right?: number }>;
}

/**
 * Joins two record lists on equal keys, as SQL does, with a hash join (linear time in the rows
 * plus the output). Every matching combination is a row, so one-to-many and many-to-many keys
 * give all pairs, in left order and, for each left row, right order. A left row without a match
 * follows in its place for `left` and `full`; right rows that matched nothing come last for
 * `full`. A key with a missing part (null, undefined, NaN, blank text, before or after
 * normalising) never joins, as SQL's NULL, but its row still appears in an outer join.
 *
 * A joined row is the left row's fields, then the right row's other fields (see
 * `joinedRowBuilder`); fields both rows hold with different present values clash and are kept
 * under `clash`'s prefixes or resolved by its policy. A key field with the same name on both
 * sides keeps the left value. Unmatched rows are copied as they are: no fields are added.
 *
 * Throws for no keys, an unknown join type or normalisation, equal prefixes or source names, a
 * bad policy (see `checkFusionPolicy`), or more than `maxRecords` rows.
 *
 * @example
 * joinOnKeys(
 * 	[{ email: 'Ann@X.io', name: 'Ann' }, { email: '', name: 'Bob' }],
 * 	[{ mail: 'ann@x.io', name: 'Anna', plan: 'pro' }],
 * 	{ keys: [{ left: 'email', right: 'mail', normalise: 'email' }], type: 'left', clash: { mode: 'prefix', leftPrefix: 'crm_', rightPrefix: 'shop_' } },
 * );
 * // records: [{ email: 'Ann@X.io', crm_name: 'Ann', shop_name: 'Anna', mail: 'ann@x.io', plan: 'pro' }, { email: '', name: 'Bob' }]
 * // origin: [{ left: 0, right: 0 }, { left: 1 }]
 */
export function joinOnKeys(left: readonly Row[], right: readonly Row[], options: JoinOptions): JoinResult {
	const { keys, type, clash } = options;
	checkJoinOptions(options);
	const leftKey = compositeKey(keys.map((key) => ({ read: fieldReader(key.left), normalise: joinKeyNormaliser(key.normalise, options.defaultCountry) })));
	const rightKey = compositeKey(keys.map((key) => ({ read: fieldReader(key.right), normalise: joinKeyNormaliser(key.normalise, options.defaultCountry) })));

	// Right rows of one key as a chain in right order: first row per key, then `next` links, so
	// a million distinct keys cost two typed arrays instead of a million small arrays.
	const first = new Map<string, number>();
	const next = new Int32Array(right.length).fill(-1);
	const last = new Int32Array(right.length);
	const chainLength = new Int32Array(right.length);
	for (let r = 0; r < right.length; r++) {
		const key = rightKey(right[r]);
		if (key === undefined) continue;
		const head = first.get(key);
		if (head === undefined) {
			first.set(key, r);
			last[r] = r;
			chainLength[r] = 1;
		} else {
			next[last[head]] = r;
			last[head] = r;
			chainLength[head]++;
		}
	}

	const heads = new Int32Array(left.length);
	let total = 0;
	for (let l = 0; l < left.length; l++) {
		const key = leftKey(left[l]);
		const head = key === undefined ? undefined : first.get(key);
		heads[l] = head ?? -1;
		total += head === undefined ? (type === 'inner' ? 0 : 1) : chainLength[head];
	}
	const matchedRight = new Uint8Array(right.length);
	if (type === 'full') {
		for (let l = 0; l < left.length; l++) for (let r = heads[l]; r >= 0; r = next[r]) matchedRight[r] = 1;
		for (let r = 0; r < right.length; r++) if (matchedRight[r] === 0) total++;
	}
	const maxRecords = options.maxRecords ?? DEFAULT_LIMITS.maxRecords;
	if (total > maxRecords) {
		throw new Error(`The join would give ${total} rows, more than the limit of ${maxRecords}: keys that repeat on both sides multiply rows; choose more specific keys`);
	}

	const sameNamedKeys = new Set(keys.filter((key) => key.left === key.right).map((key) => key.left));
	const combine = joinedRowBuilder(clash, sameNamedKeys);
	const records: Row[] = new Array(total);
	const origin: Array<{ left?: number; right?: number }> = new Array(total);
	let out = 0;
	for (let l = 0; l < left.length; l++) {
		if (heads[l] < 0) {
			if (type === 'inner') continue;
			records[out] = { ...left[l] };
			origin[out++] = { left: l };
			continue;
		}
		for (let r = heads[l]; r >= 0; r = next[r]) {
			records[out] = combine(left[l], right[r], l, r);
			origin[out++] = { left: l, right: r };
		}
	}
	if (type === 'full') {
		for (let r = 0; r < right.length; r++) {
			if (matchedRight[r] === 1) continue;
			records[out] = { ...right[r] };
			origin[out++] = { right: r };
		}
	}
	return { records, origin };
}

/** A row's whole key as one text, or `undefined` if any part is missing. */
function compositeKey(parts: Array<{ read: (row: Row) => unknown; normalise: (value: unknown) => string | undefined }>): (row: Row) => string | undefined {
	if (parts.length === 1) {
		const [{ read, normalise }] = parts;
		return (row) => normalise(read(row));
	}
	return (row) => {
		const texts: string[] = [];
		for (const { read, normalise } of parts) {
			const text = normalise(read(row));
			if (text === undefined) return undefined;
			texts.push(text);
		}
		// JSON keeps the parts apart: ['a b', 'c'] and ['a', 'b c'] give different texts.
		return JSON.stringify(texts);
	};
}

function checkJoinOptions(options: JoinOptions): void {
	const { keys, type, clash } = options;
	if (!Array.isArray(keys) || keys.length === 0) throw new Error('A join needs at least one key');
	keys.forEach((key, position) => {
		if (typeof key?.left !== 'string' || key.left === '' || typeof key.right !== 'string' || key.right === '') {
			throw new Error(`Join key ${position + 1} needs a left and a right field name`);
		}
	});
	if (type !== 'inner' && type !== 'left' && type !== 'full') throw new Error(`Unknown join type "${String(type)}"; use inner, left or full`);
	if (clash?.mode === 'prefix') {
		if (typeof clash.leftPrefix !== 'string' || typeof clash.rightPrefix !== 'string' || clash.leftPrefix === clash.rightPrefix) {
			throw new Error('The left and right prefixes for clashing fields must be two different texts');
		}
	} else if (clash?.mode === 'resolve') {
		if (typeof clash.leftSource !== 'string' || typeof clash.rightSource !== 'string' || clash.leftSource === clash.rightSource) {
			throw new Error('The left and right source names for resolving clashes must be two different texts');
		}
		checkFusionPolicy(clash.policy, [clash.leftSource, clash.rightSource]);
	} else {
		throw new Error('Clashing fields need a mode: prefix or resolve');
	}
}

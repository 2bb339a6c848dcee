import type { BlockingRule } from './blockingRule';
import type { KeyColumnReader } from './keyColumns';

/** Which block each record is in for one rule, on each side of the rule's equation. */
export type RuleBlocks = {
	/** Per record its block as the pair's left record (its `field` values), -1 for none. */
	left: Int32Array;
	/** Per record its block as the right record (its `otherField` values); the same array as `left` unless `cross`. */
	right: Int32Array;
	/** Block ids run from 0 to `blocks - 1`. */
	blocks: number;
	/** Whether some key compares two different fields, so that `left` and `right` differ. */
	cross: boolean;
};

/**
 * Numbers the blocks of one (already checked) rule: two records agree on every key of the rule
 * exactly when the left one's `left` id equals the right one's `right` id (and is not -1). A
 * composite key is numbered part by part, pairing the ids so far with the next key's id in a
 * numeric map, which is cheaper than joining the texts into one string per record.
 *
 * @example
 * const blocks = ruleBlockIds({ keys: [{ field: 'a' }] }, keyColumns([{ a: 'x' }, { a: 'y' }, { a: 'x' }]), 3);
 * blocks.left; // Int32Array [0, 1, 0]
 * blocks.blocks; // 2
 */
export function ruleBlockIds(rule: BlockingRule, column: KeyColumnReader, count: number): RuleBlocks {
	const cross = rule.keys.some((key) => key.otherField !== undefined && key.otherField !== key.field);
	let left: Int32Array = new Int32Array(0);
	let right = left;
	let bound = 0;
	rule.keys.forEach((key, k) => {
		const leftPart = column(key.field, key.transform, key.n);
		const rightPart = cross ? column(key.otherField ?? key.field, key.transform, key.n) : leftPart;
		// Read after both columns: the dictionary may have grown with the second one.
		const size = Math.max(leftPart.size, rightPart.size);
		if (k === 0) {
			left = leftPart.ids;
			right = rightPart.ids;
			bound = size;
			return;
		}
		const combined = new Map<number, number>();
		left = combine(left, leftPart.ids, size, combined, count);
		right = cross ? combine(right, rightPart.ids, size, combined, count) : left;
		bound = combined.size;
	});
	return densify(left, right, bound, cross, count);
}

/** Ids for (id so far, next part's id) pairs; a record missing either part has none. */
function combine(previous: Int32Array, part: Int32Array, partSize: number, ids: Map<number, number>, count: number): Int32Array {
	const out = new Int32Array(count);
	for (let r = 0; r < count; r++) {
		const a = previous[r];
		const b = part[r];
		if (a < 0 || b < 0) {
			out[r] = -1;
			continue;
		}
		// Both ids are below a few million, so the product stays an exact integer.
		const key = a * partSize + b;
		let id = ids.get(key);
		if (id === undefined) {
			id = ids.size;
			ids.set(key, id);
		}
		out[r] = id;
	}
	return out;
}

/** Renumbers the ids that occur to 0, 1, …: dictionaries are shared between fields, so a rule's ids have gaps. */
function densify(left: Int32Array, right: Int32Array, bound: number, cross: boolean, count: number): RuleBlocks {
	const remap = new Int32Array(bound).fill(-1);
	let blocks = 0;
	const renumber = (ids: Int32Array): Int32Array => {
		const out = new Int32Array(count);
		for (let r = 0; r < count; r++) {
			const id = ids[r];
			if (id < 0) {
				out[r] = -1;
				continue;
			}
			if (remap[id] < 0) remap[id] = blocks++;
			out[r] = remap[id];
		}
		return out;
	};
	const denseLeft = renumber(left);
	const denseRight = cross ? renumber(right) : denseLeft;
	return { left: denseLeft, right: denseRight, blocks, cross };
}

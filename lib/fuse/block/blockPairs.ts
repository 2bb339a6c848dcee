import type { Row } from '../../core/record';
import type { BlockingRule } from './blockingRule';
import { BlockingLimitError } from './blockingLimitError';
import { checkBlockingRule } from './checkBlockingRule';
import { keyColumns } from './keyColumns';
import { PairListBuilder, type PairList } from './pairList';
import { ruleBlockIds, type RuleBlocks } from './ruleBlockIds';
import { ruleName } from './ruleName';
import { sortPairs } from './sortPairs';

/** The most candidate pairs one rule may make unless `maxPairs` says otherwise. */
export const DEFAULT_MAX_PAIRS = 5_000_000;

export type BlockPairsOptions = {
	/** `true`: only pairs of records from different sources (linking); `false`: all pairs within a block (de-duplication). */
	link: boolean;
	/** The most candidate pairs one rule may make, checked before any is built. Default {@link DEFAULT_MAX_PAIRS}. */
	maxPairs?: number;
};

/** What one rule contributed: `candidates` pairs it matched, `new` of them not matched by an earlier rule. */
export type RuleCount = { rule: string; candidates: number; new: number };

export type BlockPairsResult = { pairs: PairList; perRule: RuleCount[] };

/** One block's members, grouped: `members[start[b]]` to `members[start[b + 1] - 1]`, ordered by source, then record. */
type Groups = { start: Int32Array; members: Int32Array };

/**
 * The candidate pairs of a set of blocking rules: the union of every rule's pairs (as Splink ORs
 * its blocking rules), without duplicates, with `left < right`, sorted by left then right record.
 * A record whose key for a rule is missing is in no block of that rule.
 *
 * In link mode only pairs of records from different `sources` count; for a cross-field key the
 * left record of the rule's equation is the one from the lower source (Splink's `l` table). In
 * de-duplication mode every pair within a block counts, and cross-field keys are tried both ways.
 *
 * Before building a rule's pairs they are counted from the block sizes; a rule that would make
 * more than `maxPairs` throws a {@link BlockingLimitError}. Pairs an earlier rule already made are
 * not stored again: a rule's pair is new unless it agrees on an earlier rule's keys (checked on
 * the per-record block ids, as Splink adds `AND NOT (earlier rule)`), so no set of pairs is needed.
 *
 * @example
 * const records = [{ name: 'Ann', city: 'Oslo' }, { name: 'ann', city: 'Rome' }, { name: 'Bo', city: 'Oslo' }];
 * const { pairs, perRule } = blockPairs(records, new Int32Array(3), [
 * 	{ keys: [{ field: 'name', transform: 'lower' }] },
 * 	{ keys: [{ field: 'city' }] },
 * ], { link: false });
 * // pairs: left [0, 0], right [1, 2]
 * // perRule: [{ rule: 'lower-case name', candidates: 1, new: 1 }, { rule: 'city = city', candidates: 1, new: 1 }]
 */
export function blockPairs(records: Row[], sources: Int32Array, rules: readonly BlockingRule[], options: BlockPairsOptions): BlockPairsResult {
	const count = records.length;
	const link = options.link;
	const maxPairs = options.maxPairs ?? DEFAULT_MAX_PAIRS;
	if (!(typeof maxPairs === 'number' && maxPairs >= 0)) throw new RangeError(`maxPairs must be a number of at least 0 (got ${String(maxPairs)})`);
	if (sources.length !== count) throw new RangeError(`sources has ${sources.length} entries for ${count} records`);
	if (!Array.isArray(rules)) throw new TypeError('the blocking rules must be a list');
	rules.forEach(checkBlockingRule);

	const order = link ? recordsBySource(sources) : undefined;
	const column = keyColumns(records);
	const builder = new PairListBuilder(Math.min(1 << 16, Math.max(16, count)));
	const earlier: RuleBlocks[] = [];
	const perRule: RuleCount[] = [];

	for (const rule of rules) {
		const name = ruleName(rule);
		const blocks = ruleBlockIds(rule, column, count);
		const leftGroups = groupByBlock(blocks.left, blocks.blocks, order);
		const rightGroups = blocks.cross ? groupByBlock(blocks.right, blocks.blocks, order) : leftGroups;
		const expected = countPairs(blocks, leftGroups, rightGroups, sources, link);
		if (expected > maxPairs) throw new BlockingLimitError(name, expected, maxPairs);
		// At most `expected` new pairs: grow once, to a known size, rather than doubling.
		builder.reserve(builder.count + expected);

		const covered = coveredBy(earlier, sources, link);
		let candidates = 0;
		let fresh = 0;
		const emit = (i: number, j: number): void => {
			candidates++;
			if (covered(i, j)) return;
			fresh++;
			builder.push(i, j);
		};
		if (blocks.cross) emitCross(blocks, leftGroups, rightGroups, sources, link, emit);
		else emitWithin(leftGroups, sources, link, emit);

		perRule.push({ rule: name, candidates, new: fresh });
		earlier.push(blocks);
	}
	return { pairs: sortPairs(builder.view(), count), perRule };
}

/** Record indices ordered by source, then index (a stable counting sort), so blocks list their members by source. */
function recordsBySource(sources: Int32Array): Int32Array {
	let sourceCount = 0;
	for (let r = 0; r < sources.length; r++) {
		const source = sources[r];
		if (source < 0) throw new RangeError(`sources[${r}] is ${source}: sources are numbered from 0`);
		if (source >= sourceCount) sourceCount = source + 1;
	}
	const start = new Int32Array(sourceCount + 1);
	for (let r = 0; r < sources.length; r++) start[sources[r] + 1]++;
	for (let s = 0; s < sourceCount; s++) start[s + 1] += start[s];
	const order = new Int32Array(sources.length);
	for (let r = 0; r < sources.length; r++) order[start[sources[r]]++] = r;
	return order;
}

/** The members of each block, in the order of `order` (default: by index); records in no block are left out. */
function groupByBlock(ids: Int32Array, blocks: number, order: Int32Array | undefined): Groups {
	const start = new Int32Array(blocks + 1);
	for (let r = 0; r < ids.length; r++) if (ids[r] >= 0) start[ids[r] + 1]++;
	for (let b = 0; b < blocks; b++) start[b + 1] += start[b];
	const members = new Int32Array(start[blocks]);
	const next = start.slice(0, blocks);
	for (let k = 0; k < ids.length; k++) {
		const r = order === undefined ? k : order[k];
		const id = ids[r];
		if (id >= 0) members[next[id]++] = r;
	}
	return { start, members };
}

/**
 * How many pairs the rule makes, from block sizes alone. Exact, except for a cross-field rule in
 * de-duplication mode, where a pair agreeing both ways is counted twice (an upper bound).
 */
function countPairs(blocks: RuleBlocks, left: Groups, right: Groups, sources: Int32Array, link: boolean): number {
	let total = 0;
	for (let b = 0; b < blocks.blocks; b++) {
		const ls = left.start[b];
		const le = left.start[b + 1];
		if (!blocks.cross && !link) {
			const size = le - ls;
			total += (size * (size - 1)) / 2;
		} else if (!blocks.cross) {
			// Pairs across sources: all pairs less those within one source's run.
			const size = le - ls;
			let within = 0;
			for (let x = ls; x < le; ) {
				const end = runEnd(left.members, x, le, sources);
				within += (end - x) * (end - x);
				x = end;
			}
			total += (size * size - within) / 2;
		} else if (!link) {
			total += (le - ls) * (right.start[b + 1] - right.start[b]);
		} else {
			const re = right.start[b + 1];
			let p = right.start[b];
			for (let x = ls; x < le; x++) {
				const source = sources[left.members[x]];
				while (p < re && sources[right.members[p]] <= source) p++;
				total += re - p;
			}
		}
	}
	if (blocks.cross && !link) {
		for (let r = 0; r < blocks.left.length; r++) if (blocks.left[r] >= 0 && blocks.left[r] === blocks.right[r]) total--;
	}
	return total;
}

/** Where the run of members from the same source as `members[x]` ends. */
function runEnd(members: Int32Array, x: number, end: number, sources: Int32Array): number {
	const source = sources[members[x]];
	let y = x + 1;
	while (y < end && sources[members[y]] === source) y++;
	return y;
}

/** Pairs within each block of a rule without cross-field keys. */
function emitWithin(groups: Groups, sources: Int32Array, link: boolean, emit: (i: number, j: number) => void): void {
	const { start, members } = groups;
	for (let b = 0; b + 1 < start.length; b++) {
		const end = start[b + 1];
		for (let x = start[b]; x < end; ) {
			// Linking, the members of one source's run each pair with the members after the run (other
			// sources); de-duplicating, the "run" is one member, and it pairs with every later member.
			const runStop = link ? runEnd(members, x, end, sources) : x + 1;
			for (; x < runStop; x++) {
				const i = members[x];
				for (let y = runStop; y < end; y++) {
					const j = members[y];
					if (i < j) emit(i, j);
					else emit(j, i);
				}
			}
		}
	}
}

/** Pairs of a cross-field rule: left members of a block with right members of the same block. */
function emitCross(blocks: RuleBlocks, left: Groups, right: Groups, sources: Int32Array, link: boolean, emit: (i: number, j: number) => void): void {
	for (let b = 0; b < blocks.blocks; b++) {
		const le = left.start[b + 1];
		const re = right.start[b + 1];
		let p = right.start[b];
		for (let x = left.start[b]; x < le; x++) {
			const a = left.members[x];
			if (link) {
				// The left record is the one from the lower source: pair it with later sources only.
				const source = sources[a];
				while (p < re && sources[right.members[p]] <= source) p++;
				for (let y = p; y < re; y++) {
					const c = right.members[y];
					if (a < c) emit(a, c);
					else emit(c, a);
				}
				continue;
			}
			for (let y = p; y < re; y++) {
				const c = right.members[y];
				if (a < c) emit(a, c);
				// Agreeing the other way round too (c as left) makes the same pair: emit it once, from there.
				else if (c < a && !(blocks.left[c] >= 0 && blocks.left[c] === blocks.right[a])) emit(c, a);
			}
		}
	}
}

/** Whether records `i` < `j` agree on one of the `earlier` rules, i.e. are already a candidate pair. */
function coveredBy(earlier: RuleBlocks[], sources: Int32Array, link: boolean): (i: number, j: number) => boolean {
	const lefts = earlier.map((blocks) => blocks.left);
	const rights = earlier.map((blocks) => blocks.right);
	const cross = earlier.map((blocks) => blocks.cross);
	const rules = earlier.length;
	return (i, j) => {
		for (let q = 0; q < rules; q++) {
			const left = lefts[q];
			if (!cross[q]) {
				const block = left[i];
				if (block >= 0 && block === left[j]) return true;
				continue;
			}
			const right = rights[q];
			if (link) {
				const lower = sources[i] < sources[j] ? i : j;
				const block = left[lower];
				if (block >= 0 && block === right[lower === i ? j : i]) return true;
				continue;
			}
			const forward = left[i];
			if (forward >= 0 && forward === right[j]) return true;
			const backward = left[j];
			if (backward >= 0 && backward === right[i]) return true;
		}
		return false;
	};
}

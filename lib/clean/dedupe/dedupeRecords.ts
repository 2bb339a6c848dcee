import type { Row } from '../../core/record';

/** Which record of a group of duplicates stays: the first, the last, or the one with most fields filled. */
export type DedupeKeep = 'first' | 'last' | 'mostComplete';

export interface DedupeOptions {
	/** The record's duplicate key (see `dedupeKey`); `undefined` means the record is never a duplicate. */
	key: (record: Row, index: number) => string | undefined;
	keep: DedupeKeep;
	/** Which field values are missing, for `mostComplete`. */
	isMissing: (value: unknown) => boolean;
}

export interface DedupeResult {
	/** The indices of the records that stay, in input order. */
	kept: number[];
	/** For every record, the index of the record kept for its group: its own index when it is kept. */
	duplicateOf: Int32Array;
}

/** Own enumerable fields whose value is not missing; a nested object or list counts as one field. */
function filledFields(record: Row, isMissing: (value: unknown) => boolean): number {
	if (record === null || typeof record !== 'object') return 0;
	let count = 0;
	for (const key of Object.keys(record)) if (!isMissing(record[key])) count++;
	return count;
}

/**
 * Groups records by their key and keeps one record of each group: the `first`, the `last`, or
 * the `mostComplete` (the most fields that are not missing; on a tie, the earliest). A record
 * without a key is kept and is nobody's duplicate. One pass over the records, plus one to list
 * the result.
 *
 * @example
 * const records = [{ id: 1, email: 'a@x.io' }, { id: 2, email: 'b@x.io' }, { id: 3, email: 'a@x.io', phone: '123' }];
 * dedupeRecords(records, { key: (r) => String(r.email), keep: 'mostComplete', isMissing: (v) => v == null });
 * // { kept: [1, 2], duplicateOf: Int32Array [2, 1, 2] }
 */
export function dedupeRecords(records: Row[], options: DedupeOptions): DedupeResult {
	const { key, keep, isMissing } = options;
	if (keep !== 'first' && keep !== 'last' && keep !== 'mostComplete') {
		throw new RangeError(`keep must be 'first', 'last' or 'mostComplete', not ${JSON.stringify(keep)}`);
	}
	const count = records.length;
	const groupOf = new Int32Array(count);
	const groups = new Map<string, number>();
	const keptOfGroup: number[] = [];
	const filledOfGroup: number[] = [];
	for (let i = 0; i < count; i++) {
		const recordKey = key(records[i], i);
		if (recordKey === undefined) {
			groupOf[i] = -1;
			continue;
		}
		let group = groups.get(recordKey);
		if (group === undefined) {
			group = keptOfGroup.length;
			groups.set(recordKey, group);
			keptOfGroup.push(i);
			if (keep === 'mostComplete') filledOfGroup.push(filledFields(records[i], isMissing));
		} else if (keep === 'last') {
			keptOfGroup[group] = i;
		} else if (keep === 'mostComplete') {
			const filled = filledFields(records[i], isMissing);
			if (filled > filledOfGroup[group]) {
				filledOfGroup[group] = filled;
				keptOfGroup[group] = i;
			}
		}
		groupOf[i] = group;
	}

	const duplicateOf = new Int32Array(count);
	const kept: number[] = [];
	for (let i = 0; i < count; i++) {
		const group = groupOf[i];
		const keeper = group < 0 ? i : keptOfGroup[group];
		duplicateOf[i] = keeper;
		if (keeper === i) kept.push(i);
	}
	return { kept, duplicateOf };
}

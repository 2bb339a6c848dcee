import type { Picked } from './conflictRule';
import { isMissing } from './isMissing';

/**
 * The distinct values as one text, in member order: text trimmed, numbers and booleans as
 * written, dates as ISO 8601, other objects as JSON; arrays are flattened, so `['a', ['b']]`
 * gives `a` and `b`. Duplicates (after trimming) and missing values are dropped. Names every member
 * that gave at least one value; `undefined` when none did.
 *
 * @example
 * concatUnique(['a@x.io', null, ' b@y.io ', 'a@x.io'], ', '); // { value: 'a@x.io, b@y.io', from: [0, 2, 3] }
 * concatUnique([['vip', 'b2b'], 'vip'], ' | '); // { value: 'vip | b2b', from: [0, 1] }
 */
export function concatUnique(values: readonly unknown[], separator: string): Picked | undefined {
	const texts = new Set<string>();
	const from: number[] = [];
	for (let position = 0; position < values.length; position++) {
		let gave = false;
		for (const item of Array.isArray(values[position]) ? (values[position] as unknown[]).flat(Infinity) : [values[position]]) {
			if (isMissing(item)) continue;
			texts.add(itemText(item));
			gave = true;
		}
		if (gave) from.push(position);
	}
	return texts.size === 0 ? undefined : { value: [...texts].join(separator), from };
}

function itemText(item: unknown): string {
	if (typeof item === 'string') return item.trim();
	if (item instanceof Date) return Number.isNaN(item.getTime()) ? 'Invalid Date' : item.toISOString();
	if (typeof item === 'object') return JSON.stringify(item);
	return String(item);
}

import { toFiniteNumber } from '../../clean/stats/toFiniteNumber';
import type { Picked } from './conflictRule';

export type NumberAggregate = 'average' | 'min' | 'max' | 'sum';

/**
 * Combines the numbers among the values: finite numbers and plain number text (`' 12.5 '`,
 * read by `toFiniteNumber`); anything else (`'n/a'`, `true`, `'1.234,5'`) is ignored rather than
 * read as 0. `average` and `sum` name every member that gave a number and use a compensated sum
 * (Neumaier, as `mean` of lib/clean/stats); `min` and `max` name the first member holding the extreme.
 * `undefined` when no value is a number.
 *
 * @example
 * aggregateNumbers([10, ' 20 ', 'n/a', null], 'average'); // { value: 15, from: [0, 1] }
 * aggregateNumbers([3, '1', 1], 'min'); // { value: 1, from: [1] }
 */
export function aggregateNumbers(values: readonly unknown[], kind: NumberAggregate): Picked | undefined {
	const numbers: number[] = [];
	const from: number[] = [];
	for (let position = 0; position < values.length; position++) {
		const number = toFiniteNumber(values[position]);
		if (Number.isNaN(number)) continue;
		numbers.push(number);
		from.push(position);
	}
	if (numbers.length === 0) return undefined;
	if (kind === 'sum') return { value: compensatedSum(numbers), from };
	if (kind === 'average') return { value: compensatedSum(numbers) / numbers.length, from };
	let best = 0;
	for (let k = 1; k < numbers.length; k++) {
		if (kind === 'min' ? numbers[k] < numbers[best] : numbers[k] > numbers[best]) best = k;
	}
	// `-0` and `0` are equal here; the first of them is named, as for any tie.
	return { value: numbers[best], from: [from[best]] };
}

/**
 * Neumaier's sum: `[1e16, 1, -1e16]` gives 1, not 0. lib/clean/stats has it only inside `mean`,
 * and a sum recovered as mean × count can be off in the last digit.
 */
function compensatedSum(numbers: readonly number[]): number {
	// -0, so that a sum of only -0 stays -0 as with plain addition.
	let total = -0;
	let lost = 0;
	for (const number of numbers) {
		const next = total + number;
		lost += Math.abs(total) >= Math.abs(number) ? total - next + number : number - next + total;
		total = next;
	}
	return Number.isFinite(total) && lost !== 0 ? total + lost : total;
}

import { RecordError } from '../../core/recordError';
import { toFiniteNumber } from '../stats/toFiniteNumber';
import { describeValue } from '../../convert/describeValue';

/**
 * The numbers of one field's values at the given positions (NaN where missing). A value that
 * is neither missing nor a number (`"abc"`, `true`) is missing too with `nonNumeric: 'missing'`,
 * or throws a RecordError naming the record (its input index from `sources`) and field with
 * `'fail'`.
 *
 * @example
 * numericColumn([12.5, 'abc'], [0, 1], 'amount', isMissing, 'missing', [0, 1]); // Float64Array [12.5, NaN]
 */
export function numericColumn(
	values: readonly unknown[],
	positions: readonly number[],
	field: string,
	isMissing: (value: unknown) => boolean,
	nonNumeric: 'missing' | 'fail',
	sources: readonly number[],
): Float64Array {
	const column = new Float64Array(positions.length);
	for (let k = 0; k < positions.length; k++) {
		const value = values[positions[k]];
		const n = typeof value === 'number' ? (Number.isFinite(value) ? value : NaN) : toFiniteNumber(value);
		if (Number.isNaN(n) && nonNumeric === 'fail' && !isMissing(value)) {
			throw new RecordError(`${describeValue(value)} is not a number`, { record: sources[positions[k]], field });
		}
		column[k] = n;
	}
	return column;
}

import { setField, type Row } from '../core/record';
import { readPath } from './readPath';

export interface AggregateRowsOptions {
	/** Field paths to collect, one array each. Omitted: the whole rows are collected. */
	fields?: string[];
	/** The field that receives the whole rows when `fields` is omitted (default `'data'`); unused with `fields`. */
	destination?: string;
	/** With `fields`: output names by field path. A field not named here keeps its path as name. */
	fieldDestinations?: Readonly<Record<string, string>>;
	/**
	 * With `fields`: put `null` where a row lacks the field, so the arrays stay aligned row by
	 * row. Default `false`: a missing value is left out.
	 */
	keepMissing?: boolean;
}

/**
 * Gathers many rows into one row of arrays: the whole rows under `data`, or one array per listed
 * field. Throws a `RangeError` when two fields would get the same output name. Rows and values
 * are shared, not cloned.
 *
 * @example
 * aggregateRows([{ id: 1, email: 'a' }, { id: 2 }], { fields: ['email'], fieldDestinations: { email: 'emails' } });
 * // { emails: ['a'] }
 * aggregateRows([{ id: 1 }, { id: 2 }]); // { data: [{ id: 1 }, { id: 2 }] }
 */
export function aggregateRows(rows: readonly Row[], options: AggregateRowsOptions = {}): Row {
	const { fields, fieldDestinations = {} } = options;
	const out: Row = {};
	if (fields === undefined) {
		setField(out, options.destination ?? 'data', [...rows]);
		return out;
	}
	for (const field of fields) {
		const name = Object.hasOwn(fieldDestinations, field) ? fieldDestinations[field] : field;
		if (Object.hasOwn(out, name)) throw new RangeError(`Two fields are aggregated into the same field "${name}"`);
		const values: unknown[] = [];
		for (const row of rows) {
			const lookup = readPath(row, field);
			if (lookup.found && lookup.value !== undefined) values.push(lookup.value);
			else if (options.keepMissing) values.push(null);
		}
		setField(out, name, values);
	}
	return out;
}

import { setField, type Row } from '../../core/record';
import { isMissing } from './isMissing';

export interface AppendOptions {
	/** The field that names each record's source. Default `'_source'`. */
	sourceField?: string;
	/**
	 * Set the source field even on records that already hold a value in it. Default `false`: a
	 * value already there (say from an earlier append, or a CRM's own origin column) is kept, as
	 * it is the finer lineage; `origin` still says which input each record came from.
	 */
	overwrite?: boolean;
}

export interface AppendResult {
	records: Row[];
	/** For each output record, the input it came from and its position in that input's records. */
	origin: Array<{ input: number; index: number }>;
}

/**
 * Stacks several record lists into one, in input order, each record a shallow copy with the
 * source field set to its input's `source` where it is absent or missing (see `overwrite`).
 * Fields are not added or aligned: a record keeps exactly its own fields, so the output's fields
 * are the union of the inputs'. A field named `__proto__` stays an own field.
 *
 * @example
 * appendSources([
 * 	{ source: 'crm', records: [{ name: 'Ann' }] },
 * 	{ source: 'shop', records: [{ email: 'b@x.io', _source: 'shop-eu' }] },
 * ]);
 * // records: [{ name: 'Ann', _source: 'crm' }, { email: 'b@x.io', _source: 'shop-eu' }]
 * // origin: [{ input: 0, index: 0 }, { input: 1, index: 0 }]
 */
export function appendSources(inputs: ReadonlyArray<{ source: string; records: readonly Row[] }>, options: AppendOptions = {}): AppendResult {
	const sourceField = options.sourceField ?? '_source';
	if (typeof sourceField !== 'string' || sourceField === '') throw new Error('The source field must be a field name');
	const overwrite = options.overwrite ?? false;
	const records: Row[] = [];
	const origin: Array<{ input: number; index: number }> = [];
	inputs.forEach(({ source, records: list }, input) => {
		for (let index = 0; index < list.length; index++) {
			// Spread copies own fields as data properties, `__proto__` included.
			const copy: Row = { ...list[index] };
			if (overwrite || !Object.hasOwn(copy, sourceField) || isMissing(copy[sourceField])) setField(copy, sourceField, source);
			records.push(copy);
			origin.push({ input, index });
		}
	});
	return { records, origin };
}

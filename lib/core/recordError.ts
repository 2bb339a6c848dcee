/**
 * A problem with one record of an input list: `record` is its 0-based index in that list (an
 * n8n node maps it to the item), `field` the field concerned. The message names both, so it can
 * be shown as is.
 *
 * @example
 * throw new RecordError('"abc" is not a number', { record: 4, field: 'amount' });
 * // message: 'Record 5, field "amount": "abc" is not a number'
 */
export class RecordError extends Error {
	readonly record: number;
	readonly field: string | undefined;
	/** The message without the record and field, for a caller that names them its own way. */
	readonly reason: string;

	constructor(reason: string, location: { record: number; field?: string }) {
		const where = location.field === undefined ? `Record ${location.record + 1}` : `Record ${location.record + 1}, field "${location.field}"`;
		super(`${where}: ${reason}`);
		this.name = 'RecordError';
		this.record = location.record;
		this.field = location.field;
		this.reason = reason;
	}
}

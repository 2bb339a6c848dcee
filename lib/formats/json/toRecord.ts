import type { Row } from '../../core/record';

/**
 * One JSON value as a record: an object as it is, anything else (number, text, list, null)
 * wrapped as `{ value }`, since an n8n item must be an object.
 *
 * @example
 * toRecord({ id: 1 }); // { id: 1 }
 * toRecord(42); // { value: 42 }
 */
export function toRecord(value: unknown): Row {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : { value };
}

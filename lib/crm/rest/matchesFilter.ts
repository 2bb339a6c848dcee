import type { Row } from '../../core/record';
import { readPath } from '../../restructure/readPath';
import { instantMs } from './instantMs';
import type { RestFilter } from './types';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Whether a record passes a filter. A generic REST API has no known filter syntax, so filters
 * run here, on the records read. Values compare as numbers when both are numbers, as instants
 * when both are dates, else as text; `contains` ignores case. A missing or null field passes
 * only `neq`.
 *
 * @example
 * matchesFilter({ score: '12' }, { field: 'score', operator: 'gt', value: '9' }); // true (numbers, not text)
 * matchesFilter({ email: 'Ann@X.org' }, { field: 'email', operator: 'contains', value: 'ann@' }); // true
 */
export function matchesFilter(record: Row, filter: RestFilter): boolean {
	const lookup = readPath(record, filter.field);
	const value = lookup.found ? lookup.value : undefined;
	if (value === undefined || value === null) return filter.operator === 'neq';
	const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
	if (filter.operator === 'contains') return text.toLowerCase().includes(filter.value.toLowerCase());
	const order = compare(text, filter.value);
	switch (filter.operator) {
		case 'eq':
			return order === 0;
		case 'neq':
			return order !== 0;
		case 'gt':
			return order > 0;
		case 'gte':
			return order >= 0;
		case 'lt':
			return order < 0;
		case 'lte':
			return order <= 0;
	}
}

function compare(a: string, b: string): number {
	const left = a.trim();
	const right = b.trim();
	if (NUMBER.test(left) && NUMBER.test(right)) return Math.sign(Number(left) - Number(right));
	// Only text that looks like a date is compared as one; Date.parse reads too much ("1 2").
	if (/^\d{4}-\d{2}-\d{2}/.test(left) && /^\d{4}-\d{2}-\d{2}/.test(right)) {
		const leftMs = instantMs(left);
		const rightMs = instantMs(right);
		if (leftMs !== undefined && rightMs !== undefined) return Math.sign(leftMs - rightMs);
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

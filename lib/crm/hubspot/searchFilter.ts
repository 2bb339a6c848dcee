import type { HubSpotFilter } from './types';

/** A filter of the search endpoint's `filterGroups[].filters`. */
export interface SearchFilter {
	propertyName: string;
	operator: string;
	value: string;
}

const OPERATORS: Record<HubSpotFilter['operator'], string> = {
	eq: 'EQ',
	neq: 'NEQ',
	gt: 'GT',
	gte: 'GTE',
	lt: 'LT',
	lte: 'LTE',
	contains: 'CONTAINS_TOKEN',
};

/**
 * Writes a filter in HubSpot's search syntax. `contains` becomes CONTAINS_TOKEN, which matches a
 * whole word of the value unless the value has `*` wildcards.
 *
 * @example
 * searchFilter({ field: 'email', operator: 'contains', value: '*@example.com' });
 * // { propertyName: 'email', operator: 'CONTAINS_TOKEN', value: '*@example.com' }
 */
export function searchFilter(filter: HubSpotFilter): SearchFilter {
	const operator = OPERATORS[filter.operator];
	if (operator === undefined) throw new RangeError(`Unknown filter operator "${String(filter.operator)}" (use eq, neq, gt, gte, lt, lte or contains)`);
	if (filter.field.trim() === '') throw new RangeError('A filter has no property name');
	return { propertyName: filter.field.trim(), operator, value: filter.value };
}

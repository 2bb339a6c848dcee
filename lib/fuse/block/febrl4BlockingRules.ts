import type { BlockingRule } from './blockingRule';

/**
 * The 7 blocking rules of Splink's FEBRL4 example (splink `docs/demos/examples/duckdb/febrl4.nb.py`:
 * `block_on(given_name, surname)`, the name swap, `block_on(date_of_birth)`, `block_on(soc_sec_id)`,
 * `block_on(state, address_1)`, `block_on(street_number, address_1)`, `block_on(postcode)`), as
 * data. On FEBRL4 they make 31,956 candidate pairs holding 4,999 of the 5,000 true pairs; they are
 * a sound starting set for person records with names, a birth date, an address and an id number.
 *
 * @example
 * blockPairs(records, sources, FEBRL4_BLOCKING_RULES, { link: true });
 */
export const FEBRL4_BLOCKING_RULES: readonly BlockingRule[] = [
	{ keys: [{ field: 'given_name' }, { field: 'surname' }] },
	{ keys: [{ field: 'given_name', otherField: 'surname' }, { field: 'surname', otherField: 'given_name' }] },
	{ keys: [{ field: 'date_of_birth' }] },
	{ keys: [{ field: 'soc_sec_id' }] },
	{ keys: [{ field: 'state' }, { field: 'address_1' }] },
	{ keys: [{ field: 'street_number' }, { field: 'address_1' }] },
	{ keys: [{ field: 'postcode' }] },
];

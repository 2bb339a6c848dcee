/**
 * Thrown by `blockPairs` before it builds the pairs of a rule that would make more than the
 * allowed number of candidate pairs: a loose rule (`first 1 of surname` on 100k × 100k records)
 * would otherwise take gigabytes and minutes before anything could say so. The message says
 * what to do; `rule`, `pairs` and `limit` let a caller word it its own way.
 *
 * @example
 * throw new BlockingLimitError('first 1 of surname', 12_500_000, 5_000_000);
 * // message: 'The blocking rule "first 1 of surname" would make 12,500,000 candidate pairs, more than the
 * // limit of 5,000,000: make it stricter (more fields, more characters) or raise the limit'
 */
export class BlockingLimitError extends Error {
	/** The rule's name (its own or `ruleName`'s). */
	readonly rule: string;
	/** How many candidate pairs the rule would make. */
	readonly pairs: number;
	/** The most pairs one rule may make. */
	readonly limit: number;

	constructor(rule: string, pairs: number, limit: number) {
		super(
			`The blocking rule "${rule}" would make ${formatCount(pairs)} candidate pairs, more than the limit of ${formatCount(limit)}: ` +
				'make it stricter (more fields, more characters) or raise the limit',
		);
		this.name = 'BlockingLimitError';
		this.rule = rule;
		this.pairs = pairs;
		this.limit = limit;
	}
}

function formatCount(count: number): string {
	return count.toLocaleString('en-US');
}

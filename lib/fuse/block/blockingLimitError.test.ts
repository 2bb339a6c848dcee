import { BlockingLimitError } from './blockingLimitError';

describe('BlockingLimitError', () => {
	it('says which rule, how many pairs, the limit and what to do', () => {
		const error = new BlockingLimitError('first 1 of surname', 12_500_000, 5_000_000);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('BlockingLimitError');
		expect(error.message).toBe(
			'The blocking rule "first 1 of surname" would make 12,500,000 candidate pairs, more than the limit of 5,000,000: ' +
				'make it stricter (more fields, more characters) or raise the limit',
		);
		expect([error.rule, error.pairs, error.limit]).toEqual(['first 1 of surname', 12_500_000, 5_000_000]);
	});
});

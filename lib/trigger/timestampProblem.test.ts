import { MAX_TIMESTAMP_AGE_MS, timestampProblem } from './timestampProblem';

const NOW = 1_700_000_000_000;

describe('timestampProblem', () => {
	it('accepts a timestamp up to exactly the maximum age, in the past or the future', () => {
		expect(timestampProblem(String(NOW), NOW, MAX_TIMESTAMP_AGE_MS)).toBeUndefined();
		expect(timestampProblem(String(NOW - 300_000), NOW, MAX_TIMESTAMP_AGE_MS)).toBeUndefined();
		expect(timestampProblem(String(NOW + 300_000), NOW, MAX_TIMESTAMP_AGE_MS)).toBeUndefined();
	});

	it('rejects one millisecond beyond, either way', () => {
		expect(timestampProblem(String(NOW - 300_001), NOW, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
		expect(timestampProblem(String(NOW + 300_001), NOW, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
		expect(timestampProblem(String(NOW - 6 * 60_000), NOW, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
	});

	it('reads small values as epoch seconds', () => {
		expect(timestampProblem(String(NOW / 1000 - 60), NOW, MAX_TIMESTAMP_AGE_MS)).toBeUndefined();
		expect(timestampProblem(String(NOW / 1000 - 301), NOW, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
		expect(timestampProblem('0', NOW, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
	});

	it('takes the window it is given', () => {
		expect(timestampProblem(String(NOW - 2000), NOW, 1000)).toBe('stale');
		expect(timestampProblem(String(NOW - 1000), NOW, 1000)).toBeUndefined();
	});

	it('calls absent and malformed timestamps missing', () => {
		for (const bad of [undefined, '', 'yesterday', '-1700000000000', '1.7e12', '1700000000000.5', ' 1', '99999999999999999', '0x10']) {
			expect(timestampProblem(bad, NOW, MAX_TIMESTAMP_AGE_MS)).toBe('missing-timestamp');
		}
	});

	it('lets nothing through when the clock reads NaN', () => {
		expect(timestampProblem(String(NOW), Number.NaN, MAX_TIMESTAMP_AGE_MS)).toBe('stale');
	});
});

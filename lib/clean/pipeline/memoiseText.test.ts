import { memoiseText } from './memoiseText';

describe('memoiseText', () => {
	it('gives the same results as the function it wraps, calling it once per distinct value while values repeat', () => {
		let calls = 0;
		const upper = memoiseText((text) => {
			calls++;
			return text.toUpperCase();
		});
		const values = Array.from({ length: 20_000 }, (_, i) => `city ${i % 50}`);
		expect(values.map(upper)).toEqual(values.map((v) => v.toUpperCase()));
		expect(calls).toBe(50);
	});

	it('stops caching a field of distinct values after its trial, and still gives the right results', () => {
		let calls = 0;
		const lower = memoiseText((text) => {
			calls++;
			return text.toLowerCase();
		});
		const values = Array.from({ length: 30_000 }, (_, i) => `User${i}@Example.com`);
		expect(values.map(lower)).toEqual(values.map((v) => v.toLowerCase()));
		expect(calls).toBe(30_000);
		expect(lower('User5@Example.com')).toBe('user5@example.com');
	});
});

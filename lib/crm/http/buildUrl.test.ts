import { buildUrl } from './buildUrl';

describe('buildUrl', () => {
	it('appends the query, leaving out undefined values', () => {
		expect(buildUrl({ url: 'https://h/p', qs: { limit: 10, after: undefined, all: true, q: 'a b&c' } })).toBe('https://h/p?limit=10&all=true&q=a+b%26c');
	});

	it('keeps an existing query and drops a fragment', () => {
		expect(buildUrl({ url: 'https://h/p?x=1#top', qs: { y: 2 } })).toBe('https://h/p?x=1&y=2');
		expect(buildUrl({ url: 'https://h/p?', qs: { y: 2 } })).toBe('https://h/p?y=2');
	});

	it('returns the URL as it is without a query', () => {
		expect(buildUrl({ url: 'https://h/p?x=1' })).toBe('https://h/p?x=1');
		expect(buildUrl({ url: 'https://h/p', qs: { a: undefined } })).toBe('https://h/p');
	});
});

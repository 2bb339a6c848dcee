import { nextLinkUrl } from './nextLinkUrl';

describe('nextLinkUrl', () => {
	it('finds rel="next" among other links', () => {
		expect(nextLinkUrl('<https://h/c?page=1>; rel="prev", <https://h/c?page=3>; rel="next", <https://h/c?page=9>; rel="last"', 'https://h/c?page=2')).toBe('https://h/c?page=3');
	});

	it('reads unquoted and multi-value rels and relative links', () => {
		expect(nextLinkUrl('</c?page=2>; rel=next', 'https://h/c')).toBe('https://h/c?page=2');
		expect(nextLinkUrl('<c?cursor=a,b>; rel="next last"', 'https://h/api/c')).toBe('https://h/api/c?cursor=a,b');
	});

	it('is undefined without a next link', () => {
		expect(nextLinkUrl(undefined, 'https://h/c')).toBeUndefined();
		expect(nextLinkUrl('<https://h/c?page=1>; rel="prev"', 'https://h/c')).toBeUndefined();
		expect(nextLinkUrl('garbage', 'https://h/c')).toBeUndefined();
	});
});

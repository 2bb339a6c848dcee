import { restUrl } from './restUrl';

describe('restUrl', () => {
	it('joins with one slash', () => {
		expect(restUrl('https://h/v1/', '/contacts')).toBe('https://h/v1/contacts');
		expect(restUrl('https://h/v1', 'contacts')).toBe('https://h/v1/contacts');
		expect(restUrl('https://h/v1/', '')).toBe('https://h/v1');
	});

	it('uses an absolute path as it is', () => {
		expect(restUrl('https://h/v1', 'https://other/x')).toBe('https://other/x');
	});
});

import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
	it('redacts secret query values and keeps the rest', () => {
		expect(redactUrl('https://x.pipedrive.com/v1/persons?api_token=abc123&start=0')).toBe('https://x.pipedrive.com/v1/persons?api_token=***&start=0');
		expect(redactUrl('https://h/p?start=0&API_KEY=s3cr3t#frag')).toBe('https://h/p?start=0&API_KEY=***#frag');
		expect(redactUrl('https://h/p?access_token=a&token=b&client_secret=c&x=1')).toBe('https://h/p?access_token=***&token=***&client_secret=***&x=1');
	});

	it('takes the secret names given', () => {
		expect(redactUrl('https://h/p?my_key=1&api_token=2', ['my_key'])).toBe('https://h/p?my_key=***&api_token=2');
	});

	it('redacts encoded names and the user-info password', () => {
		expect(redactUrl('https://h/p?api%5Fkey=zz')).toBe('https://h/p?api%5Fkey=***');
		expect(redactUrl('https://user:pa55@h/p')).toBe('https://user:***@h/p');
	});

	it('redacts URLs inside other text without swallowing the words after them', () => {
		expect(redactUrl('GET https://h/p?api_token=abc failed')).toBe('GET https://h/p?api_token=*** failed');
	});

	it('leaves URLs without secrets alone', () => {
		expect(redactUrl('https://h/p?limit=10&after=abc')).toBe('https://h/p?limit=10&after=abc');
		expect(redactUrl('not a url')).toBe('not a url');
	});
});

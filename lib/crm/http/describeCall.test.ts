import { describeCall } from './describeCall';

describe('describeCall', () => {
	it('gives the method and the URL without its query', () => {
		expect(describeCall({ method: 'GET', url: 'https://x.pipedrive.com/v1/persons?api_token=abc' })).toBe('GET https://x.pipedrive.com/v1/persons');
		expect(describeCall({ method: 'POST', url: 'https://h/p#x' })).toBe('POST https://h/p');
	});

	it('redacts a password in the URL', () => {
		expect(describeCall({ method: 'GET', url: 'https://u:secret@h/p' })).toBe('GET https://u:***@h/p');
	});
});

import { apiVersionOf, pipedriveUrl } from './pipedriveUrl';

describe('apiVersionOf', () => {
	it('is v2 where a v2 list exists, v1 otherwise, unless configured', () => {
		expect(apiVersionOf({ objectType: 'deals' })).toBe('v2');
		expect(apiVersionOf({ objectType: 'leads' })).toBe('v1');
		expect(apiVersionOf({ objectType: 'deals', apiVersion: 'v1' })).toBe('v1');
	});
});

describe('pipedriveUrl', () => {
	it('builds list and record URLs on the default or a given base', () => {
		expect(pipedriveUrl({ objectType: 'persons' })).toBe('https://api.pipedrive.com/api/v2/persons');
		expect(pipedriveUrl({ baseUrl: 'https://acme.pipedrive.com/', objectType: 'leads' }, '7')).toBe('https://acme.pipedrive.com/api/v1/leads/7');
		expect(pipedriveUrl({ objectType: 'notes' }, 'a/b')).toBe('https://api.pipedrive.com/api/v1/notes/a%2Fb');
	});

	it('refuses an empty object type', () => {
		expect(() => pipedriveUrl({ objectType: ' ' })).toThrow('object type is empty');
	});
});

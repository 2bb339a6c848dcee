import { objectsUrl } from './objectsUrl';

describe('objectsUrl', () => {
	it('defaults to api.hubapi.com', () => {
		expect(objectsUrl({ objectType: 'contacts' })).toBe('https://api.hubapi.com/crm/v3/objects/contacts');
		expect(objectsUrl({ baseUrl: ' ', objectType: 'deals' }, '/search')).toBe('https://api.hubapi.com/crm/v3/objects/deals/search');
	});

	it('takes a base URL with or without a trailing slash and encodes the type', () => {
		expect(objectsUrl({ baseUrl: 'http://127.0.0.1:3000/', objectType: '2-123' }, '/7')).toBe('http://127.0.0.1:3000/crm/v3/objects/2-123/7');
		expect(objectsUrl({ baseUrl: 'http://h', objectType: 'a/../b' })).toBe('http://h/crm/v3/objects/a%2F..%2Fb');
	});

	it('refuses an empty object type', () => {
		expect(() => objectsUrl({ objectType: '' })).toThrow('object type is empty');
	});
});

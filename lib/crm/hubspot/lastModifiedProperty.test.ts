import { lastModifiedProperty } from './lastModifiedProperty';

describe('lastModifiedProperty', () => {
	it('is lastmodifieddate for contacts, by name or type id', () => {
		expect(lastModifiedProperty('contacts')).toBe('lastmodifieddate');
		expect(lastModifiedProperty('0-1')).toBe('lastmodifieddate');
		expect(lastModifiedProperty('Contact')).toBe('lastmodifieddate');
	});

	it('is hs_lastmodifieddate for every other object', () => {
		for (const type of ['companies', 'deals', 'tickets', '2-123456', 'p_invoices']) expect(lastModifiedProperty(type)).toBe('hs_lastmodifieddate');
	});
});

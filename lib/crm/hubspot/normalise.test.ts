import { normalise } from './normalise';

describe('normalise (HubSpot)', () => {
	it('maps a contact', () => {
		const record = {
			id: '51',
			properties: { email: 'ada@example.com', phone: '+44 20 1234', firstname: 'Ada', lastname: 'Lovelace', company: 'Analytical', hubspot_owner_id: '77', lastmodifieddate: '2024-02-02T00:00:00.000Z' },
			createdAt: '2024-01-02T03:04:05.000Z',
			updatedAt: '2024-02-02T00:00:00.000Z',
			archived: false,
		};
		expect(normalise(record, 'contacts')).toEqual({
			id: '51',
			source: 'hubspot',
			objectType: 'contacts',
			email: 'ada@example.com',
			phone: '+44 20 1234',
			firstName: 'Ada',
			lastName: 'Lovelace',
			company: 'Analytical',
			owner: '77',
			createdAt: '2024-01-02T03:04:05.000Z',
			updatedAt: '2024-02-02T00:00:00.000Z',
			raw: record,
		});
	});

	it("takes a company's own name as its company", () => {
		const record = { id: '9', properties: { name: 'Acme', company: 'not this', phone: '' } };
		expect(normalise(record, 'companies')).toMatchObject({ company: 'Acme', phone: null, email: null });
		expect(normalise(record, '0-2').company).toBe('Acme');
	});

	it('gives deals and tickets no company and falls back to the date properties', () => {
		const deal = { id: '3', properties: { dealname: 'Big', createdate: '1704067200000', hs_lastmodifieddate: '2024-01-05T00:00:00Z' } };
		expect(normalise(deal, 'deals')).toMatchObject({ company: null, firstName: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-05T00:00:00.000Z' });
	});

	it('falls back to the mobile phone and to hs_object_id', () => {
		expect(normalise({ properties: { hs_object_id: '12', mobilephone: '+1 555' } }, 'contacts')).toMatchObject({ id: '12', phone: '+1 555' });
	});

	it('copes with a record without properties', () => {
		expect(normalise({ id: 4 }, 'tickets')).toMatchObject({ id: '4', email: null, owner: null, createdAt: null, updatedAt: null });
	});
});

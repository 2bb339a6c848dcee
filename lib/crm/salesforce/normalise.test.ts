import { normalise } from './normalise';

describe('normalise', () => {
	it('maps a Contact, with the company from the related Account', () => {
		const record = {
			attributes: { type: 'Contact', url: '/services/data/v62.0/sobjects/Contact/003A00000000001AAA' },
			Id: '003A00000000001AAA',
			FirstName: 'Ada',
			LastName: 'Lovelace',
			Email: 'ada@example.com',
			Phone: '+44 20 7946 0000',
			OwnerId: '005A00000000001AAA',
			Account: { attributes: { type: 'Account' }, Name: 'Analytical Engines' },
			CreatedDate: '2024-03-01T10:00:00.000+0000',
			LastModifiedDate: '2024-03-02T11:30:00.000+0100',
			SystemModstamp: '2024-03-02T10:31:00.000+0000',
		};
		expect(normalise(record, 'Contact')).toEqual({
			id: '003A00000000001AAA',
			source: 'salesforce',
			objectType: 'Contact',
			email: 'ada@example.com',
			phone: '+44 20 7946 0000',
			firstName: 'Ada',
			lastName: 'Lovelace',
			company: 'Analytical Engines',
			owner: '005A00000000001AAA',
			createdAt: '2024-03-01T10:00:00.000Z',
			updatedAt: '2024-03-02T10:30:00.000Z',
			raw: record,
		});
	});

	it('takes an Account\'s own name and a Lead\'s Company field as the company', () => {
		expect(normalise({ Id: '001A', Name: 'Acme', Phone: '555' }, 'Account')).toMatchObject({ company: 'Acme', phone: '555', firstName: null, email: null });
		expect(normalise({ Id: '00QA', Company: 'Initech', LastName: 'Lumbergh' }, 'Lead')).toMatchObject({ company: 'Initech', lastName: 'Lumbergh' });
		expect(normalise({ Id: '006A', Name: 'Big deal' }, 'Opportunity').company).toBeNull();
	});

	it('gives null for missing or empty fields and falls back to SystemModstamp for the update time', () => {
		const result = normalise({ Id: '003B', Email: '  ', FirstName: null, SystemModstamp: '2024-03-02T10:31:00.000+0000' }, 'Contact');
		expect(result).toMatchObject({ email: null, firstName: null, company: null, owner: null, createdAt: null, updatedAt: '2024-03-02T10:31:00.000Z' });
		expect(normalise({}, 'Contact').id).toBe('');
	});
});

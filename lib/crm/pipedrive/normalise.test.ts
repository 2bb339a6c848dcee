import { normalise } from './normalise';

describe('normalise (Pipedrive)', () => {
	it('maps an API v2 person', () => {
		const record = {
			id: 7,
			name: 'Ada Lovelace',
			first_name: 'Ada',
			last_name: 'Lovelace',
			emails: [
				{ value: 'home@x.org', primary: false, label: 'home' },
				{ value: 'ada@x.org', primary: true, label: 'work' },
			],
			phones: [{ value: '+44 20 1234', primary: true, label: 'work' }],
			org_id: 3,
			owner_id: 12,
			add_time: '2024-01-01T00:00:00Z',
			update_time: '2024-05-01T10:00:00Z',
		};
		expect(normalise(record, 'persons')).toEqual({
			id: '7',
			source: 'pipedrive',
			objectType: 'persons',
			email: 'ada@x.org',
			phone: '+44 20 1234',
			firstName: 'Ada',
			lastName: 'Lovelace',
			company: null,
			owner: '12',
			createdAt: '2024-01-01T00:00:00.000Z',
			updatedAt: '2024-05-01T10:00:00.000Z',
			raw: record,
		});
	});

	it('maps an API v1 person: UTC times without a zone, owner and organization objects', () => {
		const record = {
			id: 8,
			email: [{ value: '', primary: true }],
			phone: [{ value: '+1 555', primary: true }],
			owner_id: { id: 1, name: 'Owner', value: 1 },
			org_id: { name: 'Acme', value: 3 },
			org_name: 'Acme',
			add_time: '2024-01-01 00:00:00',
			update_time: '2024-05-01 10:00:00',
		};
		expect(normalise(record, 'persons')).toMatchObject({ email: null, phone: '+1 555', owner: '1', company: 'Acme', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z' });
	});

	it("takes an organization's own name and a v1 deal's user as owner", () => {
		expect(normalise({ id: 3, name: 'Acme', owner_id: 4 }, 'organizations')).toMatchObject({ company: 'Acme', owner: '4', firstName: null });
		expect(normalise({ id: 5, title: 'Big', user_id: { id: 9 }, org_id: { name: 'Acme', value: 3 } }, 'deals')).toMatchObject({ company: 'Acme', owner: '9' });
	});
});

import { normalise } from './normalise';

describe('normalise', () => {
	it('guesses common field names', () => {
		const record = { id: 7, email: 'ann@example.com', first_name: 'Ann', last_name: 'Lee', company_name: 'Acme', owner: { name: 'Bo' }, created_at: 1714557600, updated_at: '2024-05-01T12:00:00+02:00' };
		expect(normalise(record, 'contacts')).toEqual({
			id: '7',
			source: 'rest',
			objectType: 'contacts',
			email: 'ann@example.com',
			phone: null,
			firstName: 'Ann',
			lastName: 'Lee',
			company: 'Acme',
			owner: 'Bo',
			createdAt: '2024-05-01T10:00:00.000Z',
			updatedAt: '2024-05-01T10:00:00.000Z',
			raw: record,
		});
	});

	it('reads the fields the map names, also nested and in lists', () => {
		const record = { uuid: 'u-1', contact: { emails: [{ value: 'a@b.c', primary: true }] }, tel: ['+49 1'], modified: 'not a date', id: 'other' };
		const normalised = normalise(record, 'people', { id: 'uuid', email: 'contact.emails', phone: 'tel', updatedAt: 'modified' });
		expect(normalised).toMatchObject({ id: 'u-1', email: 'a@b.c', phone: '+49 1', updatedAt: 'not a date', createdAt: null });
	});

	it('gives null for absent and empty values and an empty id when there is none', () => {
		expect(normalise({ email: '  ', phone: [] }, 'x')).toMatchObject({ id: '', email: null, phone: null, owner: null });
	});
});

import { changedQuery } from './changedQuery';

describe('changedQuery', () => {
	const fields = ['Id', 'SystemModstamp'];

	it('reads after (SystemModstamp, Id) up to the bound, in that order', () => {
		expect(changedQuery('Contact', fields, { updatedAt: '2024-03-01T10:00:00.000Z', id: '003A00000000001AAA' }, '2024-03-02T00:00:00.000Z')).toBe(
			"SELECT Id, SystemModstamp FROM Contact WHERE (SystemModstamp > 2024-03-01T10:00:00Z OR (SystemModstamp = 2024-03-01T10:00:00Z AND Id > '003A00000000001AAA'))" +
				' AND SystemModstamp <= 2024-03-02T00:00:00Z ORDER BY SystemModstamp ASC, Id ASC',
		);
	});

	it('reads everything up to the bound without a cursor, and the cursor time itself with an empty id', () => {
		expect(changedQuery('Lead', fields, undefined, '2024-03-02T00:00:00Z')).toBe(
			'SELECT Id, SystemModstamp FROM Lead WHERE SystemModstamp <= 2024-03-02T00:00:00Z ORDER BY SystemModstamp ASC, Id ASC',
		);
		expect(changedQuery('Lead', fields, { updatedAt: '2024-03-01T10:00:00+0000', id: '' }, '2024-03-02T00:00:00Z')).toContain(
			'WHERE SystemModstamp >= 2024-03-01T10:00:00Z AND SystemModstamp <= 2024-03-02T00:00:00Z',
		);
	});

	it('escapes the cursor id and refuses a cursor time that is not one', () => {
		expect(changedQuery('Lead', fields, { updatedAt: '2024-03-01T10:00:00Z', id: "x' OR Id != '" }, '2024-03-02T00:00:00Z')).toContain("Id > 'x\\' OR Id != \\''");
		expect(() => changedQuery('Lead', fields, { updatedAt: '2024-03-01 OR 1=1', id: '' }, '2024-03-02T00:00:00Z')).toThrow(/cursor time/);
	});
});

import { readResults } from './readResults';

describe('readResults', () => {
	it('reads the records and the next after', () => {
		expect(readResults({ results: [{ id: '1' }], paging: { next: { after: 'MQ==', link: 'x' } } }, 'GET x')).toEqual({ records: [{ id: '1' }], after: 'MQ==' });
		expect(readResults({ total: 0, results: [] }, 'POST x')).toEqual({ records: [], after: undefined });
		expect(readResults({ results: [], paging: { next: { after: 200 } } }, 'POST x').after).toBe('200');
	});

	it('refuses a body without results or a result without an id', () => {
		expect(() => readResults({ status: 'ok' }, 'GET x')).toThrow('HubSpot GET x returned no results list');
		expect(() => readResults({ results: [{ id: '1' }, { properties: {} }] }, 'GET x')).toThrow('without an id (result 2)');
	});
});

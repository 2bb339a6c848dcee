import { CrmApiError } from '../http/CrmApiError';
import { recordsAt } from './recordsAt';

const call = 'GET https://api.example.com/contacts';

describe('recordsAt', () => {
	it('reads the records at a dotted path or the body itself', () => {
		expect(recordsAt({ data: { items: [{ id: 1 }] } }, 'data.items', call)).toEqual([{ id: 1 }]);
		expect(recordsAt([{ id: 2 }], '', call)).toEqual([{ id: 2 }]);
	});

	it('takes null as an empty page', () => {
		expect(recordsAt({ data: null }, 'data', call)).toEqual([]);
	});

	it('names the path and the keys found when the records are missing', () => {
		expect(() => recordsAt({ results: [], paging: {} }, 'data', call)).toThrow(
			'GET https://api.example.com/contacts: no records array at "data" in the response (top-level keys: results, paging); check the records path',
		);
		expect(() => recordsAt({ data: { id: 1 } }, 'data', call)).toThrow('"data" is not a records array (found an object)');
		expect(() => recordsAt({ data: [] }, '', call)).toThrow('the response body is not a records array (top-level keys: data)');
		expect(() => recordsAt('text', 'data', call)).toThrow(CrmApiError);
	});

	it('refuses records that are not objects', () => {
		expect(() => recordsAt({ data: [1] }, 'data', call)).toThrow('record 0 at "data" is a number, not an object');
	});
});

import { RecordError } from './recordError';

describe('RecordError', () => {
	it('names the record (1-based) and the field in its message', () => {
		const error = new RecordError('"abc" is not a number', { record: 4, field: 'amount' });
		expect(error.message).toBe('Record 5, field "amount": "abc" is not a number');
		expect(error).toMatchObject({ record: 4, field: 'amount', reason: '"abc" is not a number', name: 'RecordError' });
	});

	it('names only the record when no field is given', () => {
		expect(new RecordError('is empty', { record: 0 }).message).toBe('Record 1: is empty');
	});
});

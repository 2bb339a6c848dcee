import { readOneAnswer, saysCreated } from './readOneAnswer';

const answer = (status: number, body: string) => ({ status, headers: {}, body });

describe('readOneAnswer', () => {
	it('reads 201 as created and the id at the path', () => {
		expect(readOneAnswer(answer(201, '{"data":{"id":"c_1"}}'), 'data.id')).toEqual({ status: 'created', destinationId: 'c_1', response: { data: { id: 'c_1' } } });
	});

	it('reads 200 as updated unless the body says created', () => {
		expect(readOneAnswer(answer(200, '{"id":7}')).status).toBe('updated');
		expect(readOneAnswer(answer(200, '{"id":7}')).destinationId).toBe('7');
		expect(readOneAnswer(answer(200, '{"id":7,"created":true}')).status).toBe('created');
		expect(readOneAnswer(answer(200, '{"id":7,"status":"created"}')).status).toBe('created');
	});

	it('accepts an empty or non-JSON body, with no id', () => {
		expect(readOneAnswer(answer(204, ''))).toEqual({ status: 'updated', destinationId: undefined, response: undefined });
		expect(readOneAnswer(answer(200, 'OK'))).toEqual({ status: 'updated', destinationId: undefined, response: 'OK' });
	});

	it('takes no object as an id', () => {
		expect(readOneAnswer(answer(200, '{"id":{"value":1}}')).destinationId).toBeUndefined();
	});
});

describe('saysCreated', () => {
	it('knows the usual ways of saying created', () => {
		expect(saysCreated({ status: 'created' })).toBe(true);
		expect(saysCreated({ created: true })).toBe(true);
		expect(saysCreated({ new: true })).toBe(true);
		expect(saysCreated({ status: 'updated', created: false })).toBe(false);
		expect(saysCreated('created')).toBe(false);
	});
});

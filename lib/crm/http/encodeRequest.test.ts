import { encodeRequest } from './encodeRequest';

describe('encodeRequest', () => {
	it('writes JSON, form fields and text, each with its content type', () => {
		expect(encodeRequest({ method: 'POST', url: 'u', body: { a: 1 } })).toEqual({
			headers: { accept: 'application/json', 'content-type': 'application/json' },
			body: '{"a":1}',
		});
		expect(encodeRequest({ method: 'POST', url: 'u', form: true, body: { a: 'x y', b: undefined, c: 2 } }).body).toBe('a=x+y&c=2');
		expect(encodeRequest({ method: 'POST', url: 'u', body: '{"a":1}\n{"a":2}\n', headers: { 'Content-Type': 'application/x-ndjson' } })).toEqual({
			headers: { accept: 'application/json', 'content-type': 'application/x-ndjson' },
			body: '{"a":1}\n{"a":2}\n',
		});
	});

	it('lower-cases header names and keeps the caller\'s accept header; no body, no content type', () => {
		expect(encodeRequest({ method: 'GET', url: 'u', headers: { Accept: 'text/csv', 'X-Key': 'k' } })).toEqual({
			headers: { accept: 'text/csv', 'x-key': 'k' },
			body: undefined,
		});
	});
});

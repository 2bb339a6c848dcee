import { CrmApiError } from './CrmApiError';
import { parseJson } from './parseJson';

const call = 'GET https://api.example.com/contacts';

describe('parseJson', () => {
	it('parses JSON', () => {
		expect(parseJson({ status: 200, headers: {}, body: '{"results":[1]}' }, call)).toEqual({ results: [1] });
	});

	it('throws MALFORMED_JSON naming the call with an excerpt', () => {
		let error: unknown;
		try {
			parseJson({ status: 200, headers: {}, body: '{"results":[{"id":1},' }, call);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(CrmApiError);
		expect(error).toMatchObject({ code: 'MALFORMED_JSON', status: 200, retryable: true });
		expect((error as Error).message).toMatch(/^GET https:\/\/api\.example\.com\/contacts returned malformed JSON \(HTTP 200, .*\): "\{"results":\[\{"id":1\},"$/);
	});

	it('says when the body is empty and shortens long bodies', () => {
		expect(() => parseJson({ status: 200, headers: {}, body: '' }, call)).toThrow(/an empty body/);
		expect(() => parseJson({ status: 200, headers: {}, body: `<html>${'x'.repeat(500)}` }, call)).toThrow(/x{100,120}…"$/);
	});
});

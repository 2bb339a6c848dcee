import type { CrmRequest } from '../types';
import { CrmApiError } from './CrmApiError';
import { authedRequest, FAST_RETRY, restCalls, useMockCrm } from './httpMock.test-helper';
import { requestJson } from './requestJson';

describe('requestJson (against the mock CRM)', () => {
	const { crm } = useMockCrm();
	const list = (): CrmRequest => ({ method: 'GET', url: `${crm().url}/rest/cursor/contacts`, qs: { limit: 5 } });

	beforeEach(() => {
		crm().seed('rest', 'contacts', [{ id: 1 }, { id: 2 }]);
	});

	it('returns the parsed body', async () => {
		const { response, body } = await requestJson(authedRequest(), list(), { crm: 'REST CRM', retry: FAST_RETRY });
		expect(response.status).toBe(200);
		expect(body).toMatchObject({ data: [{ id: 1 }, { id: 2 }], next_cursor: null });
	});

	it('fetches a malformed or empty body again', async () => {
		crm().addFault({ match: { personality: 'rest', nth: 1 }, fault: 'malformedJson' });
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: 'emptyBody' });
		const reasons: string[] = [];
		const { body } = await requestJson(authedRequest(), list(), { crm: 'REST CRM', retry: { ...FAST_RETRY, onRetry: (info) => reasons.push(info.reason) } });
		expect(body).toMatchObject({ data: [{ id: 1 }, { id: 2 }] });
		expect(reasons).toEqual(['malformed JSON', 'malformed JSON']);
		expect(restCalls(crm())).toHaveLength(3);
	});

	it('gives up on malformed JSON after maxRetries + 1 attempts with a clear error', async () => {
		crm().addFault({ match: { personality: 'rest' }, fault: 'malformedJson' });
		const failure = requestJson(authedRequest(), list(), { crm: 'REST CRM', retry: { ...FAST_RETRY, maxRetries: 2 } });
		await expect(failure).rejects.toMatchObject({ code: 'MALFORMED_JSON', status: 200 });
		await expect(failure).rejects.toThrow(new RegExp(`^REST CRM GET ${crm().url}/rest/cursor/contacts returned malformed JSON`));
		expect(restCalls(crm())).toHaveLength(3);
	});

	it('throws the CRM error for a non-2xx status, or the one toError builds', async () => {
		const missing = requestJson(authedRequest(), { method: 'GET', url: `${crm().url}/rest/cursor/contacts/99` }, { crm: 'REST CRM' });
		await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
		await expect(missing).rejects.toThrow(`REST CRM GET ${crm().url}/rest/cursor/contacts/99 failed: HTTP 404 Not Found: No contacts with id 99 (not_found)`);
		const own = new CrmApiError('custom', { code: 'AUTH' });
		await expect(requestJson(authedRequest(), { method: 'GET', url: `${crm().url}/rest/cursor/contacts/99` }, { crm: 'X', toError: () => own })).rejects.toBe(own);
	});
});

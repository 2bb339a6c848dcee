import { callPipedrive } from './callPipedrive';
import { FAST_RETRY, persons, pipedriveRequest, useMockCrm } from './pipedriveMock.test-helper';

const crm = useMockCrm();
const call = async () => await callPipedrive({ request: pipedriveRequest(), retry: FAST_RETRY }, { method: 'GET', url: `${crm().url}/api/v2/persons`, qs: { limit: 1 } });

describe('callPipedrive', () => {
	it('returns data and additional_data of a successful response', async () => {
		crm().seed('pipedrive', 'persons', persons(2, 1, ['2024-02-01T00:00:00Z']));
		const body = await call();
		expect(body.data).toEqual([expect.objectContaining({ id: 1 })]);
		expect(body.additional_data).toEqual({ next_cursor: expect.any(String) });
	});

	it("throws Pipedrive's error for a non-2xx response", async () => {
		crm().addFault({ match: { path: 'persons$' }, fault: { type: 'status', status: 400, body: { success: false, error: 'Bad sort', code: 'ERR_SCHEMA_VALIDATION_FAILED' } } });
		const error = await call().catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400, crmCode: 'ERR_SCHEMA_VALIDATION_FAILED' });
		expect((error as Error).message).toMatch(/^Pipedrive GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/persons failed: HTTP 400 Bad Request: Bad sort/);
	});

	it('throws for success:false with a 2xx status and for a body that is not an envelope', async () => {
		crm().addFault({ match: { path: 'persons$', nth: 1 }, fault: { type: 'status', status: 200, body: { success: false, error: 'Nope' } } });
		crm().addFault({ match: { path: 'persons$', nth: 2 }, fault: { type: 'malformedJson', body: '"text"' } });
		await expect(call()).rejects.toThrow(/failed: HTTP 200 with success:false: Nope/);
		await expect(call()).rejects.toThrow(/returned string where its response envelope was expected/);
	});
});

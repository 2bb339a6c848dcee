import { fetchRequest } from '../http/fetchRequest';
import type { RequestFn } from '../types';

export { FAST_RETRY, killAndResume, reversingTies, useMockCrm } from '../hubspot/hubspotMock.test-helper';

export const PIPEDRIVE_TOKEN = 'pd-test-token';

/** A RequestFn over real HTTP that adds Pipedrive's `api_token` query parameter, as n8n's credential would. */
export function pipedriveRequest(token = PIPEDRIVE_TOKEN): RequestFn {
	const send = fetchRequest({ timeoutMs: 5000 });
	return async (request) => await send({ ...request, qs: { ...request.qs, api_token: token } });
}

/** `n` persons with ids `first…` and the given update times (cycled), in the mock's seed shape. */
export function persons(n: number, first: number, updateTimes: string[]): object[] {
	return Array.from({ length: n }, (_, i) => ({
		id: first + i,
		first_name: `First${first + i}`,
		last_name: 'Test',
		emails: [{ value: `p${first + i}@example.com`, primary: true, label: 'work' }],
		phones: [{ value: `+1555000${first + i}`, primary: true, label: 'work' }],
		add_time: '2024-01-01T00:00:00Z',
		update_time: updateTimes[i % updateTimes.length],
	}));
}

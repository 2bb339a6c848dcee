import { fetchRequest } from '../http/fetchRequest';
import type { Row } from '../../core/record';
import type { ChangeCursor, CrmRequest, RequestFn } from '../types';

export { FAST_RETRY, useMockCrm } from '../mockCrm.test-helper';

export const HUBSPOT_TOKEN = 'pat-test-token';

/** A RequestFn over real HTTP that adds HubSpot's bearer token, as n8n's credential would. */
export function hubspotRequest(token = HUBSPOT_TOKEN): RequestFn {
	const send = fetchRequest({ timeoutMs: 5000 });
	return async (request) => await send({ ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } });
}

/** `n` contacts with ids `first…` and the given updated-at times (cycled), in the mock's seed shape. */
export function contacts(n: number, first: number, updatedAt: string[]): object[] {
	return Array.from({ length: n }, (_, i) => ({
		id: String(first + i),
		properties: { email: `c${first + i}@example.com`, firstname: `First${first + i}`, lastname: 'Test', phone: `+1555000${first + i}` },
		createdAt: '2024-01-01T00:00:00.000Z',
		updatedAt: updatedAt[i % updatedAt.length],
	}));
}

/** What a read killed in its k-th `onPage` and then resumed from its last checkpoint delivered. */
export interface KilledAndResumed {
	/** The records of the killed read (up to and with the k-th batch), then those of the resumed read. */
	delivered: Row[];
	checkpoint: ChangeCursor | undefined;
	resumed: Row[];
}

/**
 * Runs an incremental read, throws from its k-th `onPage` (as a crash after the caller stored that
 * checkpoint would), then runs it again from that checkpoint.
 */
export async function killAndResume(
	read: (options: { cursor?: ChangeCursor; onPage?: (rows: Row[], cursor: ChangeCursor) => void }) => Promise<{ records: Row[] }>,
	k: number,
): Promise<KilledAndResumed> {
	const delivered: Row[] = [];
	let checkpoint: ChangeCursor | undefined;
	let pages = 0;
	const killed = await read({
		onPage: (rows, cursor) => {
			delivered.push(...rows);
			checkpoint = cursor;
			if (++pages === k) throw new Error('killed');
		},
	}).catch((e: unknown) => e);
	if (!(killed instanceof Error) || killed.message !== 'killed') throw new Error(`the read was not killed in batch ${k}: ${String(killed)}`);
	const resumed = (await read({ cursor: checkpoint })).records;
	return { delivered: [...delivered, ...resumed], checkpoint, resumed };
}

/**
 * Wraps a RequestFn so that, in the responses `applies` picks, records sharing a time (by
 * `timeOf`) come in descending id order: HubSpot's search and Pipedrive's lists promise no order
 * among ties, while the mock breaks ties by ascending id. A connector must not depend on it.
 */
export function reversingTies(send: RequestFn, applies: (request: CrmRequest) => boolean, list: 'results' | 'data', timeOf: (record: Row) => unknown): RequestFn {
	return async (request) => {
		const response = await send(request);
		if (response.status !== 200 || !applies(request)) return response;
		const body = JSON.parse(response.body) as Record<string, unknown>;
		const records = body[list] as Row[] | null;
		if (!Array.isArray(records)) return response;
		// Runs of one time (contiguous, the list being sorted by time) are reversed in place.
		const reordered: Row[] = [];
		let run: Row[] = [];
		for (const record of records) {
			if (run.length > 0 && String(timeOf(run[0])) !== String(timeOf(record))) {
				reordered.push(...run.reverse());
				run = [];
			}
			run.push(record);
		}
		reordered.push(...run.reverse());
		return { ...response, body: JSON.stringify({ ...body, [list]: reordered }) };
	};
}

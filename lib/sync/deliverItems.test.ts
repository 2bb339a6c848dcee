import { fetchRequest } from '../crm/http/fetchRequest';
import { resolveRetryPolicy } from '../crm/http/retryPolicy';
import type { CrmRequest, RequestFn } from '../crm/types';
import { deliverItems, type DeliveryContext } from './deliverItems';
import { restDestination } from './restDestination';
import { FAST_RETRY, people, useMockSink } from './syncMock.test-helper';
import type { SyncDestination, SyncItem } from './types';

const sink = useMockSink();

function context(destination: SyncDestination, maxRetries = 3): DeliveryContext & { sent: CrmRequest[] } {
	const sent: CrmRequest[] = [];
	const send = fetchRequest({ timeoutMs: 2000 });
	const request: RequestFn = (req) => {
		sent.push(req);
		return send(req);
	};
	return { destination, request, retry: resolveRetryPolicy({ ...FAST_RETRY, maxRetries }), prepare: { now: () => new Date() }, sent };
}

const items = (n: number): SyncItem[] => people(n).map((record, index) => ({ index, record, key: `key-${index}` }));
const batch = () => restDestination({ urlTemplate: `${sink().url}/api/contacts/batch`, mode: 'batch' });
const idsOf = (request: CrmRequest) => (request.body as Array<{ id: string }>).map((record) => record.id);

describe('deliverItems', () => {
	it('sends records that failed for now again, alone, with the same keys', async () => {
		sink().addFault({ match: { path: '/batch$', nth: 1 }, fault: { type: 'partialBatch', indexes: [1, 3], recordStatus: 503 } });
		const ctx = context(batch());
		const outcomes = await deliverItems(items(5), ctx);
		expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created', 'created', 'created']);
		expect(ctx.sent.map(idsOf)).toEqual([
			['c0', 'c1', 'c2', 'c3', 'c4'],
			['c1', 'c3'],
		]);
		expect((ctx.sent[1].body as Array<{ idempotencyKey: string }>).map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-3']);
	});

	it('gives up on a record after maxRetries re-sends, keeping its last error', async () => {
		sink().addFault({ match: { path: '/batch$' }, fault: { type: 'partialBatch', keys: ['c1'], code: 'busy', message: 'try later', recordStatus: 503 } });
		const ctx = context(batch(), 2);
		const outcomes = await deliverItems(items(3), ctx);
		expect(outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'created']);
		expect(outcomes[1].error).toEqual({ code: 'busy', message: 'try later', status: 503, retryable: true });
		expect(ctx.sent.map(idsOf)).toEqual([['c0', 'c1', 'c2'], ['c1'], ['c1']]);
	});

	it('sends a batch again when its answer was cut off', async () => {
		sink().addFault({ match: { path: '/batch$', nth: 1 }, fault: { type: 'status', status: 200, body: '{"results":[{"index":0,' } });
		const ctx = context(batch());
		const outcomes = await deliverItems(items(2), ctx);
		expect(outcomes.map((o) => o.status)).toEqual(['created', 'created']);
		expect(ctx.sent).toHaveLength(2);
	});

	it('fails every record of a request refused as a whole, with the reason, without retrying', async () => {
		sink().addFault({ match: { path: '/batch$' }, fault: { type: 'status', status: 422, body: { error: { code: 'schema', message: 'name is required' } } } });
		const ctx = context(batch());
		const outcomes = await deliverItems(items(2), ctx);
		expect(outcomes).toEqual([0, 1].map(() => ({ status: 'failed', error: { code: 'BAD_REQUEST', status: 422, message: `POST ${sink().url}/api/contacts/batch failed: HTTP 422 Unprocessable Entity: name is required (schema)` } })));
		expect(ctx.sent).toHaveLength(1);
	});

	it("starts a batch's requests together, leaving the bound on requests in flight to the request function", async () => {
		let inFlight = 0;
		let most = 0;
		const request: RequestFn = async (req) => {
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			return { status: 201, headers: {}, body: JSON.stringify({ id: req.url.split('/').pop() }) };
		};
		const perRecord = restDestination({ method: 'PUT', urlTemplate: 'https://sink.invalid/api/contacts/{{id}}' });
		const outcomes = await deliverItems(items(5), { destination: perRecord, request, retry: resolveRetryPolicy(FAST_RETRY), prepare: { now: () => new Date() } });
		expect(outcomes.map((o) => o.destinationId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
		// One after another, a batch of one-record requests kept a single request in flight whatever the concurrency.
		expect(most).toBe(5);
	});

	it('fails the records when the destination cannot prepare them at all', async () => {
		const broken: SyncDestination = { ...batch(), prepare: () => { throw new Error('no way'); } };
		const outcomes = await deliverItems(items(2), context(broken));
		expect(outcomes).toEqual([0, 1].map(() => ({ status: 'failed', error: { code: 'BAD_RECORD', message: 'no way' } })));
	});
});

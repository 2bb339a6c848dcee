import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockCrm, type MockCrm } from '../../test/mock-crm';
import { parseHubSpotEvents, type HubSpotEvent } from './parseHubSpotEvents';
import { ReplayGuard } from './ReplayGuard';
import type { VerifyResult } from './types';
import { verifyHubSpotV3 } from './verifyHubSpotV3';

const SECRET = 'app-client-secret';

/**
 * A receiver built from the library the way the trigger node uses it: verify the raw bytes, answer
 * 401 on failure, else parse the batch and drop event ids already seen. The mock CRM stamps its
 * requests with the real clock, so the receiver's clock is the moment each request arrived.
 */
interface Received {
	verdict: VerifyResult;
	events: HubSpotEvent[];
	fresh: string[];
}

describe('verifyHubSpotV3 against the mock CRM sending real HTTP requests', () => {
	let crm: MockCrm;
	let server: Server;
	let base: string;
	let received: Received[];
	let guard: ReplayGuard;

	beforeAll(async () => {
		crm = await startMockCrm();
		server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const arrivedAt = Date.now();
				const verdict = verifyHubSpotV3({ method: req.method ?? '', url: `http://${req.headers.host}${req.url}`, rawBody: Buffer.concat(chunks), headers: req.headers }, SECRET, { now: () => arrivedAt });
				if (!verdict.ok) {
					received.push({ verdict, events: [], fresh: [] });
					res.writeHead(401).end(verdict.reason);
					return;
				}
				const events = parseHubSpotEvents(Buffer.concat(chunks));
				const fresh = events.filter((event) => !guard.seen(event.eventId)).map((event) => event.eventId);
				received.push({ verdict, events, fresh });
				res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ fresh }));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	beforeEach(() => {
		received = [];
		let clock = 0;
		guard = new ReplayGuard({ windowMs: 86_400_000, maxEntries: 1000, now: () => clock++ });
	});

	afterAll(async () => {
		await crm.close();
		await new Promise((resolve) => server.close(resolve));
	});

	const target = () => `${base}/webhook/abc/hubspot?portal=62515&next=https%3A%2F%2Fcrm.example%2Fa%40b&label=%28new%29%2C%20x`;

	it('accepts a signed batch sent to a URL with an encoded query and reads every event', async () => {
		const result = await crm.emitHubSpotWebhook({
			targetUrl: target(),
			clientSecret: SECRET,
			events: [
				{ eventId: 501, subscriptionType: 'contact.propertyChange', objectId: 51, propertyName: 'email', propertyValue: 'ada@example.com' },
				{ eventId: 502, subscriptionType: 'company.creation', objectId: 7 },
				{ eventId: 503, subscriptionType: 'deal.deletion', objectId: 9 },
			],
		});
		expect(result.deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(received).toHaveLength(1);
		expect(received[0].events.map((event) => [event.eventId, event.objectType, event.objectId])).toEqual([
			['501', 'contacts', '51'],
			['502', 'companies', '7'],
			['503', 'deals', '9'],
		]);
		expect(received[0].events[0]).toMatchObject({ propertyName: 'email', propertyValue: 'ada@example.com', portalId: '62515', attemptNumber: 0, occurredAt: '2024-06-01T00:00:00.000Z' });
	});

	it.each([
		['badSignature', 'bad-signature'],
		['tamperBody', 'bad-signature'],
		['stale', 'stale'],
	] as const)('answers 401 to %s and lets no event through', async (knob, reason) => {
		const result = await crm.emitHubSpotWebhook({ targetUrl: target(), clientSecret: SECRET, [knob]: true });
		expect(result.deliveries.map((delivery) => [delivery.status, delivery.body])).toEqual([[401, reason]]);
		expect(received.map((entry) => entry.verdict)).toEqual([{ ok: false, reason }]);
		expect(received[0].events).toEqual([]);
	});

	it('answers 401 when the secret is not the one HubSpot signs with', async () => {
		const result = await crm.emitHubSpotWebhook({ targetUrl: target(), clientSecret: `${SECRET}-rotated` });
		expect(result.deliveries[0].status).toBe(401);
	});

	it('drops a duplicate delivery of the same events', async () => {
		const result = await crm.emitHubSpotWebhook({ targetUrl: target(), clientSecret: SECRET, events: [{ eventId: 601 }, { eventId: 602 }], duplicate: true });
		expect(result.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(received.map((entry) => entry.fresh)).toEqual([['601', '602'], []]);
	});

	it('takes a reordered batch as sent, each event once', async () => {
		await crm.emitHubSpotWebhook({ targetUrl: target(), clientSecret: SECRET, events: [{ eventId: 701 }, { eventId: 702 }, { eventId: 703 }], reorder: true });
		expect(received[0].fresh).toEqual(['703', '702', '701']);
	});
});

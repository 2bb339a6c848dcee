import crypto from 'node:crypto';
import { signHubSpotV1, signHubSpotV3 } from '../../test/mock-crm';
import type { WebhookRequest } from './types';
import { verifyHubSpotV3 } from './verifyHubSpotV3';

const SECRET = 'example-client-secret';
const NOW = 1_717_200_000_000;
const URL = 'https://n8n.example/webhook/abc/hubspot?portal=62515&from=crm';
const BODY = '[{"eventId":100,"subscriptionId":12345,"portalId":62515,"occurredAt":1717199990000,"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":51,"propertyName":"email","propertyValue":"zoë@example.com","changeSource":"CRM"}]';
const options = { now: () => NOW };

/** A request signed by the mock CRM's signer, an implementation independent of ours. */
function signed(overrides: { method?: string; url?: string; body?: string; timestamp?: number; secret?: string } = {}): WebhookRequest {
	const method = overrides.method ?? 'POST';
	const url = overrides.url ?? URL;
	const body = overrides.body ?? BODY;
	const timestamp = String(overrides.timestamp ?? NOW - 2000);
	return {
		method,
		url,
		rawBody: body,
		headers: { 'x-hubspot-signature-v3': signHubSpotV3(overrides.secret ?? SECRET, method, url, body, timestamp), 'x-hubspot-request-timestamp': timestamp },
	};
}

describe('verifyHubSpotV3', () => {
	afterEach(() => jest.restoreAllMocks());

	it('accepts a request signed by the mock CRM, with the body as text or as bytes', () => {
		const request = signed();
		expect(verifyHubSpotV3(request, SECRET, options)).toEqual({ ok: true });
		expect(verifyHubSpotV3({ ...request, rawBody: Buffer.from(BODY, 'utf8') }, SECRET, options)).toEqual({ ok: true });
	});

	it('accepts the headers in the case HubSpot writes them', () => {
		const { headers, ...rest } = signed();
		const cased = { 'X-HubSpot-Signature-v3': headers['x-hubspot-signature-v3'], 'X-HubSpot-Request-Timestamp': headers['x-hubspot-request-timestamp'] };
		expect(verifyHubSpotV3({ ...rest, headers: cased }, SECRET, options)).toEqual({ ok: true });
	});

	it('rejects a tampered body, one byte or one space', () => {
		const request = signed();
		expect(verifyHubSpotV3({ ...request, rawBody: BODY.replace('"objectId":51', '"objectId":52') }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyHubSpotV3({ ...request, rawBody: `${BODY}\n` }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		// What n8n's HubSpot Trigger checks: the parsed body serialised again. Not the signed bytes.
		expect(verifyHubSpotV3({ ...request, rawBody: JSON.stringify(JSON.parse(BODY), null, 1) }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('rejects a tampered URL, query, method, timestamp or secret', () => {
		const request = signed();
		for (const url of [URL.replace('abc', 'abd'), URL.replace('portal=62515', 'portal=1'), 'https://n8n.example/webhook/abc/hubspot?from=crm&portal=62515', URL.replace('https:', 'http:'), `${URL}&extra=1`]) {
			expect(verifyHubSpotV3({ ...request, url }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		}
		expect(verifyHubSpotV3({ ...request, method: 'PUT' }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyHubSpotV3({ ...request, headers: { ...request.headers, 'x-hubspot-request-timestamp': String(NOW - 1999) } }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyHubSpotV3(signed({ secret: `${SECRET}-wrong` }), SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('checks the URI with the escapes of HubSpot\'s table decoded and the others kept', () => {
		const sent = 'https://n8n.example/webhook/abc/hubspot?next=https%3A%2F%2Fcrm.example%2Fa%40b&list=%28a%2Cb%29%3B%21%24%27%2A&q=a%20b+c%2Bd';
		// The mock signs the decoded URI; we receive the encoded one and must reach the same text.
		expect(verifyHubSpotV3(signed({ url: sent }), SECRET, options)).toEqual({ ok: true });
		// Signed over the URL as received, undecoded: HubSpot never does that, so it must not pass.
		const timestamp = String(NOW);
		const undecoded = crypto.createHmac('sha256', SECRET).update(`POST${sent}${BODY}${timestamp}`).digest('base64');
		expect(verifyHubSpotV3({ method: 'POST', url: sent, rawBody: BODY, headers: { 'x-hubspot-signature-v3': undecoded, 'x-hubspot-request-timestamp': timestamp } }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		// Decoding %20 or + as a full URL decoder would breaks the match.
		const fullyDecoded = decodeURIComponent(sent);
		expect(verifyHubSpotV3({ ...signed({ url: sent }), url: fullyDecoded }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('is independently reproducible: base64 HMAC-SHA256 of method + uri + body + timestamp', () => {
		const timestamp = String(NOW);
		const signature = crypto.createHmac('sha256', SECRET).update(`GET${URL}${timestamp}`).digest('base64');
		expect(verifyHubSpotV3({ method: 'GET', url: URL, rawBody: undefined, headers: { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp } }, SECRET, options)).toEqual({ ok: true });
	});

	it('rejects timestamps more than 5 minutes old or ahead, and accepts exactly 5 minutes', () => {
		expect(verifyHubSpotV3(signed({ timestamp: NOW - 6 * 60_000 }), SECRET, options)).toEqual({ ok: false, reason: 'stale' });
		expect(verifyHubSpotV3(signed({ timestamp: NOW - 300_001 }), SECRET, options)).toEqual({ ok: false, reason: 'stale' });
		expect(verifyHubSpotV3(signed({ timestamp: NOW - 300_000 }), SECRET, options)).toEqual({ ok: true });
		expect(verifyHubSpotV3(signed({ timestamp: NOW + 300_001 }), SECRET, options)).toEqual({ ok: false, reason: 'stale' });
		expect(verifyHubSpotV3(signed({ timestamp: NOW + 60_000 }), SECRET, options)).toEqual({ ok: true });
		expect(verifyHubSpotV3(signed({ timestamp: NOW - 60_000 }), SECRET, { ...options, maxAgeMs: 30_000 })).toEqual({ ok: false, reason: 'stale' });
	});

	it('reads the clock it is given, and the real one by default', () => {
		const request = signed({ timestamp: NOW });
		expect(verifyHubSpotV3(request, SECRET, { now: () => NOW + 299_000 })).toEqual({ ok: true });
		expect(verifyHubSpotV3(request, SECRET, { now: () => NOW + 301_000 })).toEqual({ ok: false, reason: 'stale' });
		jest.spyOn(Date, 'now').mockReturnValue(NOW + 301_000);
		expect(verifyHubSpotV3(request, SECRET)).toEqual({ ok: false, reason: 'stale' });
	});

	it('names a missing signature or timestamp, and takes no v1 signature instead', () => {
		const request = signed();
		expect(verifyHubSpotV3({ ...request, headers: { 'x-hubspot-request-timestamp': String(NOW) } }, SECRET, options)).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifyHubSpotV3({ ...request, headers: { 'x-hubspot-signature-v3': request.headers['x-hubspot-signature-v3'] } }, SECRET, options)).toEqual({ ok: false, reason: 'missing-timestamp' });
		expect(verifyHubSpotV3({ ...request, headers: { ...request.headers, 'x-hubspot-request-timestamp': '2024-06-01T00:00:00Z' } }, SECRET, options)).toEqual({ ok: false, reason: 'missing-timestamp' });
		const v1Only = { 'x-hubspot-signature': signHubSpotV1(SECRET, BODY), 'x-hubspot-signature-version': 'v1' };
		expect(verifyHubSpotV3({ ...request, headers: v1Only }, SECRET, options)).toEqual({ ok: false, reason: 'missing-signature' });
	});

	it('compares in constant time and does not throw on signatures of another length', () => {
		const spy = jest.spyOn(crypto, 'timingSafeEqual');
		const request = signed();
		for (const signature of ['x', `${String(request.headers['x-hubspot-signature-v3'])}AAAA`, 'é'.repeat(500)]) {
			expect(verifyHubSpotV3({ ...request, headers: { ...request.headers, 'x-hubspot-signature-v3': signature } }, SECRET, options)).toEqual({ ok: false, reason: 'bad-signature' });
		}
		expect(spy).toHaveBeenCalledTimes(3);
	});

	it('never throws on garbage requests', () => {
		const headers = { 'x-hubspot-signature-v3': 'abc', 'x-hubspot-request-timestamp': String(NOW) };
		const garbage: unknown[] = [
			null,
			undefined,
			42,
			{},
			{ headers: null },
			{ headers },
			{ method: null, url: URL, rawBody: BODY, headers },
			{ method: 'POST', url: 17, rawBody: BODY, headers },
			{ method: 'POST', url: URL, rawBody: { parsed: true }, headers },
			{ method: 'POST', url: '%%%E0%A4%A', rawBody: BODY, headers },
			{ method: 'POST', url: URL, rawBody: BODY, headers: { ...headers, 'x-hubspot-request-timestamp': ['1', '2'] } },
		];
		for (const request of garbage) expect(verifyHubSpotV3(request as WebhookRequest, SECRET, options).ok).toBe(false);
	});

	it('refuses an empty client secret instead of accepting signatures anyone can make', () => {
		const request = signed({ secret: '' });
		expect(() => verifyHubSpotV3(request, '', options)).toThrow(RangeError);
	});
});

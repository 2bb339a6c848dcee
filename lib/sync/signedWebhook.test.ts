import { verifySignature } from '../../test/mock-sink';
import { signedWebhook } from './signedWebhook';
import type { SyncItem } from './types';

const SECRET = 'whsec-unit-5a1b';
const at = new Date('2024-06-01T00:00:00.000Z');
const items = (records: Array<Record<string, unknown>>): SyncItem[] => records.map((record, index) => ({ index, record, key: `key-${index}` }));

describe('signedWebhook', () => {
	it('POSTs each record as JSON with a timestamp and a signature the receiver verifies', () => {
		const destination = signedWebhook({ url: 'https://hooks.example.com/crm', secret: SECRET });
		const record = { id: 7, name: 'Ada', nested: { tags: ['a'] } };
		const [prepared] = destination.prepare(items([record]), { now: () => at }).requests;
		expect(prepared.request).toMatchObject({ method: 'POST', url: 'https://hooks.example.com/crm', body: record });
		const headers = prepared.request.headers ?? {};
		expect(headers['X-Timestamp']).toBe(String(at.getTime()));
		expect(headers['X-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
		expect(headers['Idempotency-Key']).toBe('key-0');
		// What goes on the wire for a JSON body is JSON.stringify(body): the receiver checks those bytes.
		const received = { 'x-timestamp': headers['X-Timestamp'], 'x-signature': headers['X-Signature'] };
		expect(verifySignature(SECRET, received, JSON.stringify(record), { now: at.getTime() })).toBeUndefined();
		expect(verifySignature('another-secret', received, JSON.stringify(record), { now: at.getTime() })).toMatchObject({ code: 'invalid_signature' });
		expect(verifySignature(SECRET, received, JSON.stringify({ ...record, name: 'Eve' }), { now: at.getTime() })).toMatchObject({ code: 'invalid_signature' });
	});

	it('uses the header names it is given', () => {
		const destination = signedWebhook({ url: 'https://h/x', secret: SECRET, signatureHeader: 'X-Hub-Signature-256', timestampHeader: 'X-Hub-Time', idempotencyHeader: 'X-Delivery' });
		const headers = destination.prepare(items([{ a: 1 }]), { now: () => at }).requests[0].request.headers;
		expect(Object.keys(headers ?? {})).toEqual(['X-Hub-Time', 'X-Hub-Signature-256', 'X-Delivery']);
		expect(destination.secretHeaders).toEqual(['X-Hub-Signature-256']);
	});

	it('counts a delivery as created, with the receiver’s id', () => {
		const destination = signedWebhook({ url: 'https://h/x', secret: SECRET });
		expect(destination.interpret({ status: 200, headers: {}, body: '{"received":true,"id":"d1"}' }, items([{}]))).toEqual([{ status: 'created', destinationId: 'd1', response: { received: true, id: 'd1' } }]);
	});

	it('keeps the secret out of its label and its errors', () => {
		expect(signedWebhook({ url: 'https://h/x', secret: SECRET }).label).not.toContain(SECRET);
		expect(signedWebhook({ url: 'https://h/x', secret: SECRET }).secrets).toEqual([SECRET]);
		expect(() => signedWebhook({ url: 'https://h/x', secret: '' })).toThrow('A signed webhook needs a signing secret');
		expect(() => signedWebhook({ url: `h/${SECRET}`, secret: SECRET })).toThrow('The webhook URL must start with http:// or https://, got "h/***"');
	});
});

import { createHmac } from 'node:crypto';
import { signatureHeaders } from '../../test/mock-sink';
import { verifyHmacSignature, type HmacSignatureConfig } from './verifyHmacSignature';
import type { WebhookRequest } from './types';

const NOW = 1_700_000_000_000;
const BODY = '{"event":"person.updated","id":42}';
const URL = 'https://n8n.example/webhook/crm?source=pipedrive';

const sinkStyle: HmacSignatureConfig = { secret: 's3cret', header: 'X-Signature', prefix: 'sha256=', encoding: 'hex', signed: 'timestampDotBody', timestampHeader: 'X-Timestamp', now: () => NOW };

function request(headers: Record<string, string>, rawBody: WebhookRequest['rawBody'] = BODY, extra: Partial<WebhookRequest> = {}): WebhookRequest {
	return { method: 'POST', url: URL, rawBody, headers, ...extra };
}

function hmac(parts: string[], encoding: 'hex' | 'base64', algorithm = 'sha256', secret = 's3cret'): string {
	return createHmac(algorithm, secret).update(parts.join('')).digest(encoding);
}

describe('verifyHmacSignature', () => {
	describe('timestamp + "." + body (our sink, signed by its own independent signer)', () => {
		it('accepts a valid signature, also over a Buffer body', () => {
			const headers = signatureHeaders('s3cret', BODY, NOW - 1000);
			expect(verifyHmacSignature(request(headers), sinkStyle)).toEqual({ ok: true });
			expect(verifyHmacSignature(request(headers, Buffer.from(BODY)), sinkStyle)).toEqual({ ok: true });
		});

		it('accepts upper-case hex and lower-case header names', () => {
			const headers = signatureHeaders('s3cret', BODY, NOW);
			const upper = { 'x-timestamp': headers['X-Timestamp'], 'x-signature': `sha256=${headers['X-Signature'].slice(7).toUpperCase()}` };
			expect(verifyHmacSignature(request(upper), sinkStyle)).toEqual({ ok: true });
		});

		it('rejects a tampered body, a wrong secret and a re-signed timestamp', () => {
			const headers = signatureHeaders('s3cret', BODY, NOW);
			expect(verifyHmacSignature(request(headers, BODY.replace('42', '43')), sinkStyle)).toEqual({ ok: false, reason: 'bad-signature' });
			expect(verifyHmacSignature(request(signatureHeaders('other', BODY, NOW)), sinkStyle)).toEqual({ ok: false, reason: 'bad-signature' });
			expect(verifyHmacSignature(request({ ...headers, 'X-Timestamp': String(NOW - 1) }), sinkStyle)).toEqual({ ok: false, reason: 'bad-signature' });
		});

		it('rejects stale and future timestamps before looking at the signature', () => {
			expect(verifyHmacSignature(request(signatureHeaders('s3cret', BODY, NOW - 300_001)), sinkStyle)).toEqual({ ok: false, reason: 'stale' });
			expect(verifyHmacSignature(request(signatureHeaders('s3cret', BODY, NOW + 300_001)), sinkStyle)).toEqual({ ok: false, reason: 'stale' });
			expect(verifyHmacSignature(request(signatureHeaders('s3cret', BODY, NOW - 300_000)), sinkStyle)).toEqual({ ok: true });
			expect(verifyHmacSignature(request(signatureHeaders('s3cret', BODY, NOW - 5000)), { ...sinkStyle, maxAgeMs: 1000 })).toEqual({ ok: false, reason: 'stale' });
		});

		it('names what is missing', () => {
			const headers = signatureHeaders('s3cret', BODY, NOW);
			expect(verifyHmacSignature(request({ 'X-Timestamp': headers['X-Timestamp'] }), sinkStyle)).toEqual({ ok: false, reason: 'missing-signature' });
			expect(verifyHmacSignature(request({ 'X-Signature': headers['X-Signature'] }), sinkStyle)).toEqual({ ok: false, reason: 'missing-timestamp' });
			expect(verifyHmacSignature(request({ ...headers, 'X-Timestamp': 'now' }), sinkStyle)).toEqual({ ok: false, reason: 'missing-timestamp' });
		});

		it('requires the prefix', () => {
			const headers = signatureHeaders('s3cret', BODY, NOW);
			expect(verifyHmacSignature(request({ ...headers, 'X-Signature': headers['X-Signature'].slice(7) }), sinkStyle)).toEqual({ ok: false, reason: 'bad-signature' });
		});
	});

	describe('body only', () => {
		const config: HmacSignatureConfig = { secret: 'pd-secret', header: 'X-Pipedrive-Signature', encoding: 'base64', signed: 'body' };

		it('accepts the base64 HMAC of the body and rejects a tampered one', () => {
			const headers = { 'x-pipedrive-signature': hmac([BODY], 'base64', 'sha256', 'pd-secret') };
			expect(verifyHmacSignature(request(headers), config)).toEqual({ ok: true });
			expect(verifyHmacSignature(request(headers, `${BODY} `), config)).toEqual({ ok: false, reason: 'bad-signature' });
		});

		it('takes sha512 and sha1', () => {
			expect(verifyHmacSignature(request({ 'X-Pipedrive-Signature': hmac([BODY], 'base64', 'sha512', 'pd-secret') }), { ...config, algorithm: 'sha512' })).toEqual({ ok: true });
			expect(verifyHmacSignature(request({ 'X-Pipedrive-Signature': hmac([BODY], 'base64', 'sha1', 'pd-secret') }), { ...config, algorithm: 'sha1' })).toEqual({ ok: true });
			expect(verifyHmacSignature(request({ 'X-Pipedrive-Signature': hmac([BODY], 'base64', 'sha256', 'pd-secret') }), { ...config, algorithm: 'sha512' })).toEqual({ ok: false, reason: 'bad-signature' });
		});

		it('treats a missing body as empty and a parsed-JSON body as unverifiable', () => {
			const empty = { 'X-Pipedrive-Signature': hmac([''], 'base64', 'sha256', 'pd-secret') };
			expect(verifyHmacSignature({ method: 'GET', url: URL, rawBody: undefined, headers: empty }, config)).toEqual({ ok: true });
			expect(verifyHmacSignature(request(empty, null), config)).toEqual({ ok: true });
			const headers = { 'X-Pipedrive-Signature': hmac([JSON.stringify(JSON.parse(BODY))], 'base64', 'sha256', 'pd-secret') };
			expect(verifyHmacSignature(request(headers, JSON.parse(BODY) as unknown as string), config)).toEqual({ ok: false, reason: 'bad-signature' });
		});
	});

	describe('method + URL + body + timestamp', () => {
		const config: HmacSignatureConfig = { secret: 's3cret', header: 'X-Signature', encoding: 'hex', signed: 'methodUrlBodyTimestamp', timestampHeader: 'X-Timestamp', now: () => NOW };
		const headers = { 'X-Timestamp': String(NOW), 'X-Signature': hmac(['POST', URL, BODY, String(NOW)], 'hex') };

		it('accepts the HMAC of the concatenation, whatever the case of the method', () => {
			expect(verifyHmacSignature(request(headers), config)).toEqual({ ok: true });
			expect(verifyHmacSignature(request(headers, BODY, { method: 'post' }), config)).toEqual({ ok: true });
		});

		it('rejects another URL, query or method', () => {
			expect(verifyHmacSignature(request(headers, BODY, { url: `${URL}&x=1` }), config)).toEqual({ ok: false, reason: 'bad-signature' });
			expect(verifyHmacSignature(request(headers, BODY, { url: URL.replace('pipedrive', 'hubspot') }), config)).toEqual({ ok: false, reason: 'bad-signature' });
			expect(verifyHmacSignature(request(headers, BODY, { method: 'PUT' }), config)).toEqual({ ok: false, reason: 'bad-signature' });
		});
	});

	it('never throws on garbage requests', () => {
		const garbage: unknown[] = [null, undefined, {}, 'POST /', { headers: 'x' }, { headers: { 'X-Signature': 'a', 'X-Timestamp': String(NOW) }, method: 7, url: null, rawBody: 5 }];
		const config: HmacSignatureConfig = { secret: 's', header: 'X-Signature', encoding: 'hex', signed: 'methodUrlBodyTimestamp', timestampHeader: 'X-Timestamp', now: () => NOW };
		for (const value of garbage) {
			const result = verifyHmacSignature(value as WebhookRequest, config);
			expect(result.ok).toBe(false);
		}
		const odd = { method: 7, url: null, rawBody: '', headers: { 'X-Signature': 'a', 'X-Timestamp': String(NOW) } };
		expect(verifyHmacSignature(odd as unknown as WebhookRequest, config)).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('rejects configurations that cannot be safe, without echoing the secret', () => {
		const base: HmacSignatureConfig = { secret: 'hunter2', header: 'X-Signature', encoding: 'hex', signed: 'body' };
		const bad: Array<Partial<HmacSignatureConfig>> = [
			{ secret: '' },
			{ header: ' ' },
			{ algorithm: 'md5' as 'sha256' },
			{ encoding: 'base32' as 'hex' },
			{ signed: 'everything' as 'body' },
			{ signed: 'timestampDotBody' },
			{ timestampHeader: 'X-Timestamp' },
			{ signed: 'timestampDotBody', timestampHeader: 'X-Timestamp', maxAgeMs: 0 },
			{ signed: 'timestampDotBody', timestampHeader: 'X-Timestamp', maxAgeMs: Number.NaN },
		];
		for (const patch of bad) {
			expect(() => verifyHmacSignature(request({ 'X-Signature': 'x' }), { ...base, ...patch })).toThrow(RangeError);
		}
		try {
			verifyHmacSignature(request({}), { ...base, signed: 'timestampDotBody' });
		} catch (error) {
			expect(String(error)).not.toContain('hunter2');
		}
	});
});

import crypto from 'node:crypto';
import type { WebhookHeaders } from './types';
import { verifySharedSecret } from './verifySharedSecret';

const config = { header: 'X-Webhook-Token', secret: 'tok-3f9a' };

describe('verifySharedSecret', () => {
	afterEach(() => jest.restoreAllMocks());

	it('accepts the secret in the header, in any header-name case', () => {
		expect(verifySharedSecret({ 'x-webhook-token': 'tok-3f9a' }, config)).toEqual({ ok: true });
		expect(verifySharedSecret({ 'X-WEBHOOK-TOKEN': ' tok-3f9a ' }, config)).toEqual({ ok: true });
	});

	it('rejects another value, a prefix of the secret and a longer one', () => {
		for (const value of ['tok-3f9b', 'tok-3f9', 'tok-3f9a0', 'TOK-3F9A']) expect(verifySharedSecret({ 'x-webhook-token': value }, config)).toEqual({ ok: false, reason: 'bad-signature' });
	});

	it('calls an absent or empty header missing', () => {
		expect(verifySharedSecret({}, config)).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifySharedSecret({ 'x-webhook-token': '' }, config)).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifySharedSecret({ 'x-other': 'tok-3f9a' }, config)).toEqual({ ok: false, reason: 'missing-signature' });
	});

	it('compares with timingSafeEqual and does not throw on other lengths', () => {
		const spy = jest.spyOn(crypto, 'timingSafeEqual');
		expect(verifySharedSecret({ 'x-webhook-token': 'x'.repeat(1000) }, config)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(spy).toHaveBeenCalledTimes(1);
	});

	it('never throws on garbage headers', () => {
		for (const headers of [null, undefined, 'x', 42, { 'x-webhook-token': 7 }, { 'x-webhook-token': ['tok-3f9a', 'tok-3f9a'] }]) {
			expect(verifySharedSecret(headers as unknown as WebhookHeaders, config).ok).toBe(false);
		}
	});

	it('refuses an empty secret or header name, without echoing the secret', () => {
		expect(() => verifySharedSecret({ 'x-webhook-token': '' }, { ...config, secret: '' })).toThrow(RangeError);
		expect(() => verifySharedSecret({}, { ...config, secret: '  ' })).toThrow(/^The shared webhook secret is empty$/);
		expect(() => verifySharedSecret({}, { ...config, header: '' })).toThrow(/^The shared secret header name is empty$/);
	});
});

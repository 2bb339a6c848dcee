import { createHmac } from 'node:crypto';
import { webhookSignature } from './webhookSignature';

describe('webhookSignature', () => {
	it('is sha256= and the hex HMAC-SHA256 of timestamp.body', () => {
		// Computed apart with: printf '%s' '1700000000000.{"id":1}' | openssl dgst -sha256 -hmac s3cret
		expect(webhookSignature('s3cret', '1700000000000', '{"id":1}')).toBe('sha256=240f8267aeeee0b201194af0e82677f384a8411e483e9a3d846494c79b9361b6');
		const expected = createHmac('sha256', 'k').update('5.body').digest('hex');
		expect(webhookSignature('k', '5', 'body')).toBe(`sha256=${expected}`);
	});

	it('changes with the secret, the timestamp and the body', () => {
		const base = webhookSignature('s3cret', '1', '{}');
		expect(webhookSignature('s3cret!', '1', '{}')).not.toBe(base);
		expect(webhookSignature('s3cret', '2', '{}')).not.toBe(base);
		expect(webhookSignature('s3cret', '1', '{ }')).not.toBe(base);
	});

	it('does not contain the secret', () => {
		expect(webhookSignature('abcdef0123', '1', 'abcdef0123')).not.toContain('abcdef0123');
	});
});

import { redactRequest } from './redactRequest';

describe('redactRequest', () => {
	it('hides credential headers, the listed secret headers and secret query values', () => {
		const shown = redactRequest(
			{
				method: 'POST',
				url: 'https://x/hooks/a?api_key=k123&page=2',
				qs: { token: 't456' },
				headers: { Authorization: 'Bearer t456', 'X-Signature': 'sha256=abc', 'Idempotency-Key': 'k1' },
				body: { id: 1 },
			},
			['x-signature'],
			[],
		);
		expect(shown).toEqual({
			method: 'POST',
			url: 'https://x/hooks/a?api_key=***&page=2&token=***',
			headers: { Authorization: '***', 'X-Signature': '***', 'Idempotency-Key': 'k1' },
			body: { id: 1 },
		});
	});

	it('replaces secret text anywhere in other headers, the URL and a text body', () => {
		const shown = redactRequest({ method: 'POST', url: 'https://x/s3cr3t/a', headers: { 'X-Note': 'key s3cr3t' }, body: 'line s3cr3t\n' }, [], ['s3cr3t']);
		expect(JSON.stringify(shown)).not.toContain('s3cr3t');
		expect(shown.headers['X-Note']).toBe('key ***');
		expect(shown.body).toBe('line ***\n');
	});
});

import { scrubSecrets } from './scrubSecrets';

describe('scrubSecrets', () => {
	it('removes auth header values and their tokens', () => {
		const request = { url: 'https://h/p', headers: { Authorization: 'Bearer tok-123', 'X-API-Key': 'key-456' } };
		expect(scrubSecrets('sent Bearer tok-123 and tok-123 and key-456', request)).toBe('sent *** and *** and ***');
	});

	it('removes secret query values given in qs or in the URL', () => {
		expect(scrubSecrets('bad api_token abc123', { url: 'https://h/p', qs: { api_token: 'abc123', start: 0 } })).toBe('bad api_token ***');
		expect(scrubSecrets('echo zz-secret', { url: 'https://h/p?api_key=zz-secret' })).toBe('echo ***');
		expect(scrubSecrets('see https://h/p?api_key=other', { url: 'https://h/p' })).toBe('see https://h/p?api_key=***');
	});

	it('keeps other values, and ignores very short ones that would blank out ordinary words', () => {
		expect(scrubSecrets('start 0 ok', { url: 'https://h/p', qs: { start: 0, token: 'ok' } })).toBe('start 0 ok');
	});
});

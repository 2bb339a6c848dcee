import { CrmApiError } from './CrmApiError';

describe('CrmApiError', () => {
	it('carries the code, status, retryability, url and CRM code', () => {
		const error = new CrmApiError('GET https://h/c failed: HTTP 503', { code: 'SERVER_ERROR', status: 503, retryable: true, url: 'https://h/c', crmCode: 'X' });
		expect(error).toBeInstanceOf(Error);
		expect(error).toMatchObject({ name: 'CrmApiError', message: 'GET https://h/c failed: HTTP 503', code: 'SERVER_ERROR', status: 503, retryable: true, url: 'https://h/c', crmCode: 'X' });
	});

	it('is not retryable unless said so', () => {
		expect(new CrmApiError('x', { code: 'AUTH' }).retryable).toBe(false);
	});
});

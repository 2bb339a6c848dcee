import { salesforceError } from './salesforceError';

const response = (status: number, body: unknown) => ({ status, headers: {}, body: JSON.stringify(body) });
const query = { method: 'GET' as const, url: '/services/data/v62.0/query?q=SELECT+Id+FROM+Account' };

describe('salesforceError', () => {
	it('reports the daily API limit plainly', () => {
		const error = salesforceError(response(403, [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]), query);
		expect(error.code).toBe('REQUEST_LIMIT_EXCEEDED');
		expect(error.status).toBe(403);
		expect(error.message).toMatch(/^Salesforce daily API request limit reached: GET \/services\/data\/v62\.0\/query answered HTTP 403 Forbidden: TotalRequests Limit exceeded\. \(REQUEST_LIMIT_EXCEEDED\); .*not retried/);
		expect(error.message).not.toContain('SELECT');
	});

	it('tells the concurrent-request limit apart', () => {
		const error = salesforceError(response(403, [{ message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]), query);
		expect(error.code).toBe('REQUEST_LIMIT_EXCEEDED');
		expect(error.message).toMatch(/^Salesforce concurrent API request limit reached/);
	});

	it('shows the SOQL of a refused query', () => {
		const error = salesforceError(response(400, [{ message: "unexpected token: 'FORM'", errorCode: 'MALFORMED_QUERY' }]), query, 'SELECT Id FORM Account');
		expect(error.code).toBe('BAD_REQUEST');
		expect(error.crmCode).toBe('MALFORMED_QUERY');
		expect(error.message).toBe("Salesforce GET /services/data/v62.0/query failed: HTTP 400 Bad Request: unexpected token: 'FORM' (MALFORMED_QUERY); query: SELECT Id FORM Account");
	});

	it('passes other errors through', () => {
		const error = salesforceError(response(403, [{ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }]), query);
		expect(error.code).toBe('AUTH');
		expect(error.message).toBe('Salesforce GET /services/data/v62.0/query failed: HTTP 403 Forbidden: Insufficient access (INSUFFICIENT_ACCESS)');
	});
});

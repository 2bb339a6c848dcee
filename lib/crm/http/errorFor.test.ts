import { CrmApiError } from './CrmApiError';
import { codeForStatus, describeStatus, errorFor } from './errorFor';

const call = 'GET https://api.example.com/contacts';

describe('errorFor', () => {
	it('maps statuses to codes', () => {
		expect([401, 403, 404, 410, 400, 422, 429, 408, 500, 503, 302].map((status) => codeForStatus(status))).toEqual([
			'AUTH',
			'AUTH',
			'NOT_FOUND',
			'NOT_FOUND',
			'BAD_REQUEST',
			'BAD_REQUEST',
			'RATE_LIMITED',
			'TIMEOUT',
			'SERVER_ERROR',
			'SERVER_ERROR',
			'UNEXPECTED',
		]);
	});

	it('names the CRM, the call, the status and the body message', () => {
		const error = errorFor({ status: 401, headers: {}, body: '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]' }, call, 'Salesforce');
		expect(error).toBeInstanceOf(CrmApiError);
		expect(error.message).toBe('Salesforce GET https://api.example.com/contacts failed: HTTP 401 Unauthorized: Session expired or invalid (INVALID_SESSION_ID)');
		expect(error).toMatchObject({ code: 'AUTH', status: 401, retryable: false, crmCode: 'INVALID_SESSION_ID', url: 'https://api.example.com/contacts' });
	});

	it("tells Salesforce's API-limit 403 from a permission 403", () => {
		const limit = errorFor({ status: 403, headers: {}, body: '[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]' }, call, 'Salesforce');
		expect(limit).toMatchObject({ code: 'REQUEST_LIMIT_EXCEEDED', retryable: true });
		expect(errorFor({ status: 403, headers: {}, body: '{"message":"no","category":"MISSING_SCOPES"}' }, call, 'HubSpot').code).toBe('AUTH');
	});

	it('marks rate limits and server errors retryable', () => {
		expect(errorFor({ status: 429, headers: {}, body: '' }, call, 'HubSpot')).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
		expect(errorFor({ status: 502, headers: {}, body: '<html><title>Bad gateway</title></html>' }, call, 'X').message).toBe(
			'X GET https://api.example.com/contacts failed: HTTP 502 Bad Gateway: HTML page "Bad gateway"',
		);
	});

	it('describes unknown statuses by number', () => {
		expect(describeStatus(599)).toBe('HTTP 599');
		expect(errorFor({ status: 418, headers: {}, body: '' }, call, '').message).toBe('GET https://api.example.com/contacts failed: HTTP 418');
	});
});

import { readErrorBody } from './readErrorBody';

describe('readErrorBody', () => {
	it('reads HubSpot errors', () => {
		expect(readErrorBody('{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","policyName":"SECONDLY"}')).toEqual({
			text: 'You have reached your secondly limit. (RATE_LIMIT)',
			crmCode: 'RATE_LIMIT',
		});
		expect(readErrorBody('{"status":"error","message":"Missing scopes","category":"MISSING_SCOPES"}').crmCode).toBe('MISSING_SCOPES');
	});

	it('reads Salesforce errors', () => {
		expect(readErrorBody('[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]')).toEqual({
			text: 'TotalRequests Limit exceeded. (REQUEST_LIMIT_EXCEEDED)',
			crmCode: 'REQUEST_LIMIT_EXCEEDED',
		});
		expect(readErrorBody('{"error":"invalid_grant","error_description":"login rate exceeded"}')).toEqual({ text: 'login rate exceeded (invalid_grant)', crmCode: 'invalid_grant' });
	});

	it('reads Pipedrive errors', () => {
		expect(readErrorBody('{"success":false,"error":"Unauthorized","error_info":"Please check developers.pipedrive.com","data":null}')).toEqual({
			text: 'Unauthorized (Please check developers.pipedrive.com)',
			crmCode: undefined,
		});
	});

	it('reads generic shapes', () => {
		expect(readErrorBody('{"error":{"message":"nope","code":"E1"}}')).toEqual({ text: 'nope (E1)', crmCode: 'E1' });
		expect(readErrorBody('{"errors":[{"message":"bad field"}]}').text).toBe('bad field');
		expect(readErrorBody('{"error":"not_found","message":"No contacts with id 9"}')).toEqual({ text: 'No contacts with id 9 (not_found)', crmCode: 'not_found' });
		expect(readErrorBody('{"foo":1}').text).toBe('{"foo":1}');
		expect(readErrorBody('').text).toBe('');
	});

	it('summarises HTML pages and shortens long text', () => {
		expect(readErrorBody('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>').text).toBe('HTML page "502 Bad Gateway"');
		expect(readErrorBody('<!DOCTYPE html><p>x</p>').text).toBe('an HTML page');
		expect(readErrorBody('x'.repeat(1000)).text).toHaveLength(301);
	});
});

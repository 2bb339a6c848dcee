import { signHubSpotV2 } from '../../test/mock-crm';
import { hubSpotV2Signature } from './hubSpotV2Signature';

const SECRET = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';

describe('hubSpotV2Signature', () => {
	it("matches HubSpot's published GET example", () => {
		expect(hubSpotV2Signature(SECRET, 'GET', 'https://www.example.com/webhook_uri', '')).toBe('eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e');
	});

	it("matches HubSpot's published POST example, from text and from bytes", () => {
		const body = '{"example_field":"example_value"}';
		const expected = '9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900';
		expect(hubSpotV2Signature(SECRET, 'POST', 'https://www.example.com/webhook_uri', body)).toBe(expected);
		expect(hubSpotV2Signature(SECRET, 'POST', 'https://www.example.com/webhook_uri', Buffer.from(body))).toBe(expected);
	});

	it("agrees with the mock CRM's independent signer", () => {
		const uri = 'https://h.example/hook?a=1&b=%3A';
		expect(hubSpotV2Signature('s', 'POST', uri, '[{"eventId":1}]')).toBe(signHubSpotV2('s', 'POST', uri, '[{"eventId":1}]'));
	});
});

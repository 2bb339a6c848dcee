import { headerValue } from './headerValue';

describe('headerValue', () => {
	it('finds a header whatever the case of its name, trimmed', () => {
		expect(headerValue({ 'x-hubspot-signature-v3': ' abc= ' }, 'X-HubSpot-Signature-v3')).toBe('abc=');
		expect(headerValue({ 'X-HubSpot-Request-Timestamp': '17' }, 'x-hubspot-request-timestamp')).toBe('17');
	});

	it('prefers the exact name when both spellings are there', () => {
		expect(headerValue({ 'x-token': 'lower', 'X-Token': 'exact' }, 'X-Token')).toBe('exact');
	});

	it('joins a repeated header as Node does', () => {
		expect(headerValue({ 'x-token': ['a', 'b'] }, 'X-Token')).toBe('a, b');
	});

	it('is undefined for absent, empty and non-text values and for garbage header objects', () => {
		expect(headerValue({}, 'X-Token')).toBeUndefined();
		expect(headerValue({ 'x-token': '   ' }, 'X-Token')).toBeUndefined();
		expect(headerValue({ 'x-token': undefined }, 'X-Token')).toBeUndefined();
		expect(headerValue({ 'x-token': [] }, 'X-Token')).toBeUndefined();
		expect(headerValue({ 'x-token': 5 } as unknown as Record<string, string>, 'X-Token')).toBeUndefined();
		expect(headerValue(null, 'X-Token')).toBeUndefined();
		expect(headerValue('x-token: a' as unknown as Record<string, string>, 'X-Token')).toBeUndefined();
	});

	it('never reads inherited properties', () => {
		expect(headerValue({}, 'constructor')).toBeUndefined();
		expect(headerValue({}, '__proto__')).toBeUndefined();
	});
});

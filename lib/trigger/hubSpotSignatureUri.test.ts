import { hubSpotSignatureUri } from './hubSpotSignatureUri';

describe('hubSpotSignatureUri', () => {
	it("decodes each escape of HubSpot's table", () => {
		expect(hubSpotSignatureUri('https://h/p?x=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B')).toBe("https://h/p?x=:/?@!$'()*,;");
	});

	it('decodes lowercase hex digits too', () => {
		expect(hubSpotSignatureUri('https://h/p?next=https%3a%2f%2fa.example')).toBe('https://h/p?next=https://a.example');
	});

	it('leaves every other escape, plus signs and stray percent signs alone', () => {
		const url = 'https://h/p?q=a%20b+c%2Bd&e=%26%3D%25&bad=%zz&end=%';
		expect(hubSpotSignatureUri(url)).toBe(url);
	});

	it('does not decode twice: an escaped percent sign stays escaped', () => {
		expect(hubSpotSignatureUri('https://h/p?x=%253A')).toBe('https://h/p?x=%253A');
	});

	it('leaves a URL without escapes unchanged', () => {
		expect(hubSpotSignatureUri('https://www.example.com/webhook_uri')).toBe('https://www.example.com/webhook_uri');
	});
});

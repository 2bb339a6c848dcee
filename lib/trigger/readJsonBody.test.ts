import { FormatError } from '../core/formatError';
import { readJsonBody } from './readJsonBody';

describe('readJsonBody', () => {
	it('parses text and UTF-8 bytes, ignoring a byte-order mark', () => {
		expect(readJsonBody('[{"eventId":1}]', 'The body')).toEqual([{ eventId: 1 }]);
		expect(readJsonBody(Buffer.from('\uFEFF{"name":"Zoë"}', 'utf8'), 'The body')).toEqual({ name: 'Zoë' });
		expect(readJsonBody(new Uint8Array(Buffer.from('7')), 'The body')).toBe(7);
	});

	it('names an empty body', () => {
		for (const body of ['', '  \n', undefined, null]) expect(() => readJsonBody(body, 'The HubSpot webhook body')).toThrow('The HubSpot webhook body is empty');
	});

	it('names a body that is not JSON and quotes a short excerpt of it', () => {
		const html = `<html><body>${'x'.repeat(500)}</body></html>`;
		let error: unknown;
		try {
			readJsonBody(html, 'The HubSpot webhook body');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(FormatError);
		expect((error as Error).message).toMatch(/^The HubSpot webhook body is not JSON \(.+\): "<html><body>x+…"$/);
		expect((error as Error).message.length).toBeLessThan(250);
	});

	it('refuses a body that was already parsed', () => {
		expect(() => readJsonBody({ eventId: 1 } as unknown as string, 'The body')).toThrow('The body must be the raw body text or bytes, got an object');
	});
});

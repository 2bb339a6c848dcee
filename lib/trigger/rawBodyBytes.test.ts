import { rawBodyBytes } from './rawBodyBytes';

describe('rawBodyBytes', () => {
	it('encodes text as UTF-8', () => {
		expect(rawBodyBytes('{"name":"Zoë"}')?.toString('hex')).toBe(Buffer.from('{"name":"Zoë"}', 'utf8').toString('hex'));
	});

	it('keeps buffers and byte arrays byte for byte, invalid UTF-8 included', () => {
		const bytes = Buffer.from([0x5b, 0xff, 0xfe, 0x5d]);
		expect(rawBodyBytes(bytes)?.equals(bytes)).toBe(true);
		const view = new Uint8Array([9, 0x5b, 0xff, 0x5d, 9]).subarray(1, 4);
		expect(rawBodyBytes(view)?.toString('hex')).toBe('5bff5d');
	});

	it('reads no body as an empty one', () => {
		expect(rawBodyBytes(undefined)?.length).toBe(0);
		expect(rawBodyBytes(null)?.length).toBe(0);
	});

	it('refuses parsed JSON and other non-bytes', () => {
		expect(rawBodyBytes({ eventId: 1 })).toBeUndefined();
		expect(rawBodyBytes([{ eventId: 1 }])).toBeUndefined();
		expect(rawBodyBytes(42)).toBeUndefined();
	});
});

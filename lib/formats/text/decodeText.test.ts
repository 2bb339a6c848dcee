import { FormatError } from '../../core/formatError';
import { decodeText } from './decodeText';

describe('decodeText', () => {
	it('decodes UTF-8 and drops the byte order mark', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toBe('hé');
	});

	it('keeps a byte order mark in a single-byte encoding, where it is text', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), { encoding: 'latin1' })).toBe('ï»¿');
	});

	it('fails on invalid UTF-8 naming line and offset', () => {
		expect(() => decodeText(new Uint8Array([0x61, 0x0a, 0xff]))).toThrow(
			new FormatError('Invalid UTF-8 byte 0xFF, byte offset 2', { line: 2 }),
		);
	});

	it('replaces invalid bytes on request', () => {
		expect(decodeText(new Uint8Array([0x61, 0xff]), { invalid: 'replace' })).toBe('a\uFFFD');
	});
});

import { TextStreamDecoder } from './textStreamDecoder';
import type { DecodeOptions } from './types';

/**
 * Decodes a whole byte array to text, dropping a UTF-8 or UTF-16LE byte order mark. With
 * `invalid: 'fail'` (the default) invalid bytes throw a FormatError naming the line and byte
 * offset; with `'replace'` each becomes U+FFFD.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])); // 'hi'
 * decodeText(new Uint8Array([0x61, 0x0a, 0xff]));
 * // throws FormatError "Invalid UTF-8 byte 0xFF, byte offset 2 (line 2)"
 * decodeText(new Uint8Array([0x61, 0xff]), { invalid: 'replace' }); // 'a\uFFFD'
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
	const decoder = new TextStreamDecoder(options);
	return decoder.write(bytes) + decoder.end();
}

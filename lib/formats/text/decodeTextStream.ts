import { TextStreamDecoder } from './textStreamDecoder';
import type { DecodeOptions } from './types';

/**
 * Decodes a stream of byte chunks (a Node stream, a fetch body, an array) to text chunks, with
 * the rules of `decodeText`: a character split between chunks comes out whole, and the error
 * for invalid bytes names the line and byte offset in the whole stream. Empty pieces are not
 * yielded.
 *
 * @example
 * for await (const text of decodeTextStream(fs.createReadStream('contacts.csv'))) handle(text);
 */
export async function* decodeTextStream(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	options: DecodeOptions = {},
): AsyncGenerator<string> {
	const decoder = new TextStreamDecoder(options);
	for await (const chunk of chunks) {
		const text = decoder.write(chunk);
		if (text) yield text;
	}
	const rest = decoder.end();
	if (rest) yield rest;
}

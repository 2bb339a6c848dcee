import { FormatError } from '../../core/formatError';
import { decodeTextStream } from './decodeTextStream';

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
	const out: string[] = [];
	for await (const chunk of chunks) out.push(chunk);
	return out;
}

async function* bytesOf(...chunks: number[][]): AsyncGenerator<Uint8Array> {
	for (const chunk of chunks) yield new Uint8Array(chunk);
}

describe('decodeTextStream', () => {
	it('yields text chunks, joining characters split between byte chunks', async () => {
		const out = await collect(decodeTextStream(bytesOf([0xef, 0xbb], [0xbf, 0x61, 0xe2], [0x82, 0xac])));
		expect(out.join('')).toBe('a€');
		expect(out).not.toContain('');
	});

	it('accepts a plain iterable', async () => {
		expect((await collect(decodeTextStream([new Uint8Array([0x61]), new Uint8Array([0x62])]))).join('')).toBe('ab');
	});

	it('fails with the line of the invalid byte in the whole stream', async () => {
		await expect(collect(decodeTextStream(bytesOf([0x61, 0x0a], [0x62, 0x0a, 0xc3], [0x28])))).rejects.toThrow(
			new FormatError('Invalid UTF-8 byte 0xC3, byte offset 4', { line: 3 }),
		);
	});
});

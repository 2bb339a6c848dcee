import { FormatError } from '../../core/formatError';
import { textChunks, type TextInput, type TextChunkOptions } from './textChunks';

async function collect(input: TextInput, options?: TextChunkOptions): Promise<string[]> {
	const out: string[] = [];
	for await (const chunk of textChunks(input, options)) out.push(chunk);
	return out;
}

async function* streamOf(...chunks: Array<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
	for (const chunk of chunks) yield chunk;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('textChunks', () => {
	it('cuts a string into pieces of chunkSize and drops its BOM', async () => {
		expect(await collect('\uFEFFabcdefg', { chunkSize: 3 })).toEqual(['abc', 'def', 'g']);
	});

	it('ends a piece after its last line break when it has one', async () => {
		expect(await collect('ab\ncd\nefgh\nij', { chunkSize: 6 })).toEqual(['ab\ncd\n', 'efgh\n', 'ij']);
		expect(await collect(utf8('ab\ncd\nefgh\nij'), { chunkSize: 6 })).toEqual(['ab\ncd\n', 'efgh\n', 'ij']);
		expect(await collect('abcdefgh\n', { chunkSize: 4 })).toEqual(['abcd', 'efgh', '\n']);
	});

	it('decodes bytes a chunk at a time', async () => {
		const out = await collect(utf8('\uFEFFhé€llo'), { chunkSize: 2 });
		expect(out.join('')).toBe('hé€llo');
		for (const piece of out) expect(piece.length).toBeLessThanOrEqual(2);
	});

	it('decodes a stream of bytes and strings', async () => {
		expect((await collect(streamOf(utf8('a\u00e9'), 'b', utf8('c')))).join('')).toBe('aébc');
		expect((await collect(streamOf('\uFEFFx', 'y'))).join('')).toBe('xy');
	});

	it('yields no empty pieces', async () => {
		expect(await collect('')).toEqual([]);
		expect(await collect(new Uint8Array(0))).toEqual([]);
		expect(await collect(streamOf(new Uint8Array(0), ''))).toEqual([]);
	});

	it('refuses a string or byte array over maxInputBytes before yielding anything', async () => {
		await expect(collect('héllo', { maxInputBytes: 5 })).rejects.toThrow(FormatError);
		await expect(collect(new Uint8Array(6), { maxInputBytes: 5 })).rejects.toThrow(
			'The input is larger than the limit of 5 bytes (maxInputBytes)',
		);
		expect((await collect('hello', { maxInputBytes: 5 })).join('')).toBe('hello');
	});

	it('stops reading a stream as soon as it passes maxInputBytes', async () => {
		let pulled = 0;
		async function* endless(): AsyncGenerator<Uint8Array> {
			for (;;) {
				pulled++;
				yield new Uint8Array(10).fill(0x61);
			}
		}
		await expect(collect(endless(), { maxInputBytes: 25 })).rejects.toThrow(FormatError);
		expect(pulled).toBe(3);
	});

	it('decodes lazily: a consumer that stops early leaves the rest unread', async () => {
		let pulled = 0;
		async function* source(): AsyncGenerator<Uint8Array> {
			for (let i = 0; i < 100; i++) {
				pulled++;
				yield utf8('abc');
			}
		}
		for await (const text of textChunks(source())) {
			expect(text).toBe('abc');
			break;
		}
		expect(pulled).toBe(1);
	});

	it('fails on an incomplete character before a text chunk', async () => {
		await expect(collect(streamOf(new Uint8Array([0x61, 0xc3]), 'b'))).rejects.toThrow('Incomplete UTF-8 character');
	});
});

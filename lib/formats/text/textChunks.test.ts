import fc from 'fast-check';
import { serialize } from 'node:v8';
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

/** Whether V8 stores `text` one byte per character: the serializer tags it '"', a two-byte one 'c'. */
function isOneByte(text: string): boolean {
	const bytes = serialize(text);
	let i = 2; // version header
	while (bytes[i] === 0) i++;
	return bytes[i] === 0x22;
}

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

	it('decodes the lines of UTF-8 bytes that hold a character above U+00FF apart, the others one byte per character', async () => {
		const text = 'id,name\n1,Zoë Müller\n2,Łukasz\n3,Anna\n4,"中\nx"\n5,Ana\n';
		const out = await collect(Buffer.from(text));
		expect(out).toEqual(['id,name\n1,Zoë Müller\n', '2,Łukasz\n', '3,Anna\n', '4,"中\n', 'x"\n5,Ana\n']);
		for (const piece of out) expect(isOneByte(piece)).toBe(!/[\u0100-\uffff]/.test(piece));
	});

	it('gives back any UTF-8 text from bytes, whatever the piece size and the wide characters', async () => {
		const unit = fc.constantFrom('a', '\n', '\r', 'é', 'ÿ', 'Ā', '€', '中', '😀');
		await fc.assert(
			fc.asyncProperty(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 1, max: 12 }), async (text, chunkSize) => {
				const out = await collect(Buffer.from(text), { chunkSize });
				expect(out.join('')).toBe(text);
				for (const piece of out) if (!/[\u0100-\uffff]/.test(piece)) expect(isOneByte(piece)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('decodes wide lines apart in a stream of byte chunks too, joining characters split between chunks', async () => {
		const text = 'id,name\n1,Zoë\n2,Łukasz\n3,Anna\n4,中文\n5,Ana\n';
		const unit = fc.integer({ min: 1, max: 9 });
		await fc.assert(
			fc.asyncProperty(unit, async (size) => {
				const bytes = Buffer.from(text);
				const chunks: Uint8Array[] = [];
				for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
				const out = await collect(streamOf(...chunks));
				expect(out.join('')).toBe(text);
				for (const piece of out) if (!/[\u0100-\uffff]/.test(piece)) expect(isOneByte(piece)).toBe(true);
			}),
		);
		const whole = await collect(streamOf(Buffer.from(text)));
		expect(whole.filter((piece) => !isOneByte(piece))).toEqual(['2,Łukasz\n', '4,中文\n']);
	});
});

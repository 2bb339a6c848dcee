import fc from 'fast-check';
import { FormatError } from '../../core/formatError';
import { parseNdjson } from './parseNdjson';
import { writeNdjson } from './ndjsonChunks';

async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
	const bytes = Buffer.from(text, 'utf8');
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function failure(promise: Promise<unknown>): Promise<FormatError> {
	try {
		await promise;
	} catch (error) {
		return error as FormatError;
	}
	throw new Error('did not fail');
}

describe('streamNdjson / parseNdjson', () => {
	it('reads one record per line, skipping blank lines, CRLF or LF', async () => {
		expect(await parseNdjson('{"a":1}\r\n\r\n{"a":2}\n  \n[1]\n7')).toEqual([{ a: 1 }, { a: 2 }, { value: [1] }, { value: 7 }]);
	});

	it('reads a stream cut anywhere, multi-byte characters included', async () => {
		const text = '{"name":"Zoë 😀"}\n{"name":"Åsa"}\n';
		for (const size of [1, 2, 3, 5, 64]) {
			expect(await parseNdjson(chunked(text, size))).toEqual([{ name: 'Zoë 😀' }, { name: 'Åsa' }]);
		}
	});

	it('names the line of a bad record', async () => {
		const error = await failure(parseNdjson('{"a":1}\n\n{"a":2}\n{"a":}\n'));
		expect(error).toBeInstanceOf(FormatError);
		expect(error.location.line).toBe(4);
	});

	it('fails a huge single line as soon as it passes the limit, without reading the rest', async () => {
		let pulled = 0;
		async function* endless(): AsyncGenerator<Uint8Array> {
			const chunk = Buffer.alloc(1024 * 1024, 'a');
			for (;;) {
				pulled++;
				yield chunk;
			}
		}
		const error = await failure(parseNdjson(endless(), { limits: { maxLineBytes: 4 * 1024 * 1024 } }));
		expect(error.message).toMatch(/maxLineBytes.*line 1/);
		expect(pulled).toBeLessThan(8);
	});

	it('fails invalid UTF-8 with the line, or replaces it by option', async () => {
		const bytes = Buffer.concat([Buffer.from('{"a":"ok"}\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
		expect((await failure(parseNdjson(bytes))).location.line).toBe(2);
		expect(await parseNdjson(bytes, { invalidEncoding: 'replace' })).toEqual([{ a: 'ok' }, { a: '\ufffd' }]);
	});

	it('keeps __proto__ keys as own fields', async () => {
		const [row] = await parseNdjson('{"__proto__":{"polluted":1}}\n');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(row)).toEqual(['__proto__']);
	});

	it('enforces maxRecords and maxInputBytes', async () => {
		expect((await failure(parseNdjson('{}\n{}\n{}\n', { limits: { maxRecords: 2 } }))).message).toMatch(/maxRecords.*line 3/);
		expect((await failure(parseNdjson('{"a":"0123456789"}\n', { limits: { maxInputBytes: 8 } }))).message).toMatch(/maxInputBytes/);
	});

	it('round-trips any JSON objects through writeNdjson', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), async (rows) => {
				const safe = JSON.parse(JSON.stringify(rows));
				expect(await parseNdjson(writeNdjson(safe))).toEqual(safe);
			}),
		);
	});
});

/** Hostile and broken inputs: each must fail fast with a FormatError, or be read safely. */
import { FormatError } from '../../core/formatError';
import { parseCsv } from './parseCsv';
import { streamCsv } from './streamCsv';

async function failure(run: Promise<unknown>): Promise<FormatError> {
	try {
		await run;
	} catch (error) {
		if (error instanceof FormatError) return error;
		throw error;
	}
	throw new Error('expected a FormatError');
}

describe('hostile CSV input', () => {
	it('keeps a __proto__ header as an own field and pollutes nothing', async () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const rows = await parseCsv('__proto__,constructor,prototype,name\n"{""polluted"":1}",x,y,Anna\npolluted,,,Ben\n');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(Object.prototype.hasOwnProperty.call(rows[0], '__proto__')).toBe(true);
		expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).toBe('{"polluted":1}');
		expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
		expect(rows[0].constructor).toBe('x');
		expect(rows[0].name).toBe('Anna');
		expect(Object.getOwnPropertyDescriptor(rows[1], '__proto__')?.value).toBe('polluted');
		expect(Object.keys(rows[1])).toEqual(['__proto__', 'constructor', 'prototype', 'name']);
	});

	// That it stops early, without reading the line whole, is shown on a stream below (no time limit here).
	it('fails a single 100 MB line, naming line 1', async () => {
		const line = Buffer.alloc(100 * 1024 * 1024, 'a');
		const error = await failure(parseCsv(line));
		expect(error.message).toMatch(/maxLineBytes/);
		expect(error.location.line).toBe(1);
		const asText = await failure(parseCsv('a'.repeat(100 * 1024 * 1024)));
		expect(asText.location.line).toBe(1);
	});

	it('stops pulling a stream once a line passes maxLineBytes', async () => {
		let pulled = 0;
		async function* endlessLine(): AsyncGenerator<Uint8Array> {
			yield Buffer.from('id,note\n1,ok\n2,');
			const chunk = Buffer.alloc(1024 * 1024, 'a');
			for (;;) {
				pulled++;
				yield chunk;
			}
		}
		const error = await failure(streamCsv(endlessLine(), { limits: { maxLineBytes: 8 * 1024 * 1024 } }, () => undefined));
		expect(error.location.line).toBe(3);
		expect(pulled).toBeLessThan(12);
	});

	it('fails an unclosed quote at the top of a long file by the line limit, naming its line', async () => {
		const text = 'a,b\n1,"never closed\n' + '2,x\n'.repeat(10000);
		const error = await failure(parseCsv(text, { limits: { maxLineBytes: 1000 } }));
		expect(error.message).toMatch(/unclosed quote/);
		expect(error.location.line).toBe(2);
	});

	it("fails invalid UTF-8 naming the line, or reads U+FFFD with invalidEncoding: 'replace'", async () => {
		const bytes = Buffer.concat([Buffer.from('name,city\nAnna,Berlin\nBen,M'), Buffer.from([0xfc]), Buffer.from('nchen\n')]);
		const error = await failure(parseCsv(bytes));
		expect(error.location.line).toBe(3);
		expect(error.message).toMatch(/^Invalid UTF-8 byte 0xFC/);
		expect(await parseCsv(bytes, { invalidEncoding: 'replace' })).toEqual([
			{ name: 'Anna', city: 'Berlin' },
			{ name: 'Ben', city: 'M\uFFFDnchen' },
		]);
		expect(await parseCsv(bytes, { encoding: 'latin1' })).toEqual([
			{ name: 'Anna', city: 'Berlin' },
			{ name: 'Ben', city: 'München' },
		]);
	});

	it('fails past maxRecords without reading on', async () => {
		let seen = 0;
		const text = 'n\n' + '1\n'.repeat(1000);
		const error = await failure(streamCsv(text, { limits: { maxRecords: 10 } }, () => void seen++));
		expect(error.message).toMatch(/more than 10 records \(maxRecords\)/);
		expect(error.location).toEqual({ line: 12, row: 11 });
		expect(seen).toBe(10);
	});

	it('fails a row with extra fields rather than dropping a value', async () => {
		const error = await failure(parseCsv('a,b\n1,2\n3,4,=HYPERLINK("x")\n'));
		expect(error.location).toEqual({ line: 3, row: 2 });
	});
});

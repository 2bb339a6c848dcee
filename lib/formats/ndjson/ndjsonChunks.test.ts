import { ndjsonChunks, writeNdjson } from './ndjsonChunks';

describe('ndjsonChunks / writeNdjson', () => {
	it('writes one JSON line per record', () => {
		expect(writeNdjson([{ a: 1 }, { b: 'x\ny', c: [null] }])).toBe('{"a":1}\n{"b":"x\\ny","c":[null]}\n');
		expect(writeNdjson([])).toBe('');
	});

	it('cuts the text into pieces of about pieceSize', () => {
		const rows = Array.from({ length: 100 }, (_, i) => ({ i, text: 'x'.repeat(20) }));
		const pieces = [...ndjsonChunks(rows, 200)];
		expect(pieces.length).toBeGreaterThan(10);
		for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(200);
		expect(pieces.join('')).toBe(writeNdjson(rows));
	});

	it('keeps own __proto__ keys', () => {
		expect(writeNdjson([JSON.parse('{"__proto__":{"x":1}}')])).toBe('{"__proto__":{"x":1}}\n');
	});
});

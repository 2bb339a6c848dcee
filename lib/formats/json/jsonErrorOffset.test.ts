import fc from 'fast-check';
import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
	it.each([
		['{"a": }', 6],
		['[1, 2,, 3]', 6],
		['{"a" 1}', 5],
		['[tru]', 1],
		['{"a": "x\u0001"}', 8],
		['[1] 2', 4],
		['[{"a": 1}', 9],
		['"\\q"', 2],
		['[01]', 2],
	])('finds the first bad character of %j', (text, offset) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonErrorOffset(text)).toBe(offset);
	});

	it('finds the end of a hostile, deeply nested document without overflowing the stack', () => {
		const deep = '['.repeat(1_000_000);
		expect(() => JSON.parse(deep)).toThrow();
		expect(jsonErrorOffset(deep)).toBe(deep.length);
		expect(jsonErrorOffset(`${'[{"a":'.repeat(100_000)}x`)).toBe(600_000);
	});

	it('reads valid JSON to its end', () => {
		fc.assert(
			fc.property(fc.json(), (text) => {
				expect(jsonErrorOffset(text)).toBe(text.length);
				expect(jsonErrorOffset(JSON.stringify(JSON.parse(text), null, '\t'))).toBeGreaterThan(0);
			}),
		);
	});

	it('finds an offset inside the text of anything JSON.parse refuses, and its first bad character', () => {
		fc.assert(
			fc.property(fc.json(), fc.nat(), fc.constantFrom('}', ']', ',', ':', 'x', '"', '\\', ' '), (json, at, junk) => {
				const cut = at % (json.length + 1);
				const text = json.slice(0, cut) + junk + json.slice(cut);
				let valid = true;
				try {
					JSON.parse(text);
				} catch {
					valid = false;
				}
				const offset = jsonErrorOffset(text);
				if (valid) {
					expect(offset).toBe(text.length);
				} else {
					expect(offset).toBeGreaterThanOrEqual(0);
					expect(offset).toBeLessThanOrEqual(text.length);
					// Everything before the offset is a valid start of a JSON document.
					expect(jsonErrorOffset(text.slice(0, offset))).toBe(offset);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});

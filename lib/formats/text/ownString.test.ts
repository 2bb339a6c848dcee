import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownString } from './ownString';

describe('ownString', () => {
	it('gives back the same characters for every kind of string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(50), (text, cut) => {
				const whole = 'x'.repeat(cut) + text + 'y';
				const field = whole.slice(cut, cut + text.length);
				expect(ownString(field)).toBe(text);
			}),
		);
	});

	it('copies Latin-1 characters exactly, including those above U+007F', () => {
		const text = 'Zoë Müller, São Paulo, ÿ\u0080\u00ff';
		expect(ownString(text)).toBe(text);
	});

	it('copies fields longer than its buffer', () => {
		const long = 'ab'.repeat(50_000);
		expect(ownString(`,${long},`.slice(1, -1))).toBe(long);
	});

	it('returns wide text and short text as they are', () => {
		expect(ownString('Łukasz Kowalski-Nowak')).toBe('Łukasz Kowalski-Nowak');
		expect(ownString('short')).toBe('short');
	});

	it('keeps the text a field was cut from out of memory, where a slice keeps all of it', () => {
		// Measured in a fresh Node process: in a Jest worker, what earlier test files left on the
		// heap is collected at unknown times and swamps a heap difference of megabytes.
		const compiled = transformSync(readFileSync(join(__dirname, 'ownString.ts'), 'utf8'), { loader: 'ts', format: 'cjs' }).code;
		const folder = mkdtempSync(join(tmpdir(), 'own-string-'));
		writeFileSync(join(folder, 'ownString.js'), compiled);
		const script = `
			const { ownString } = require(${JSON.stringify(join(folder, 'ownString.js'))});
			/** Heap kept by 300 fields of 22 characters, each cut from its own 100 kB piece. */
			function heldBy(keep) {
				gc(); gc();
				const before = process.memoryUsage().heapUsed;
				const fields = [];
				for (let i = 0; i < 300; i++) {
					const piece = String(i).padStart(50000, 'a') + ',anna.smith@example.com,' + 'b'.repeat(50000);
					fields.push(keep(piece.slice(50001, 50023)));
				}
				gc(); gc();
				const held = process.memoryUsage().heapUsed - before;
				if (!fields.every((f) => f === 'anna.smith@example.com')) throw new Error('wrong field');
				return held;
			}
			console.log(JSON.stringify({ slices: heldBy((field) => field), own: heldBy(ownString) }));`;
		try {
			const { slices, own } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' })) as { slices: number; own: number };
			// 30 MB of pieces against about 20 kB of fields.
			expect(slices).toBeGreaterThan(20_000_000);
			expect(own).toBeLessThan(5_000_000);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

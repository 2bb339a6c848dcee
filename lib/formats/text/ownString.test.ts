import fc from 'fast-check';
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

	it('keeps the text a field was cut from out of memory, where a slice keeps all of it', async () => {
		const v8 = await import('node:v8');
		const vm = await import('node:vm');
		v8.setFlagsFromString('--expose-gc');
		const gc = vm.runInNewContext('gc') as () => void;
		/** Heap kept by 300 fields of 22 characters, each cut from its own 100 kB piece. */
		const heldBy = (keep: (field: string) => string): number => {
			gc();
			const before = process.memoryUsage().heapUsed;
			const fields: string[] = [];
			for (let i = 0; i < 300; i++) {
				const piece = `${String(i).padStart(50_000, 'a')},anna.smith@example.com,${'b'.repeat(50_000)}`;
				fields.push(keep(piece.slice(50_001, 50_023)));
			}
			gc();
			const held = process.memoryUsage().heapUsed - before;
			expect(fields.every((f) => f === 'anna.smith@example.com')).toBe(true);
			return held;
		};
		// 30 MB of pieces against about 20 kB of fields: a wide margin for what else the heap does.
		expect(heldBy((field) => field)).toBeGreaterThan(20_000_000);
		expect(heldBy(ownString)).toBeLessThan(5_000_000);
	});
});

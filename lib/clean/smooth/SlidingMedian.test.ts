import fc from 'fast-check';
import { SlidingMedian } from './SlidingMedian';

describe('SlidingMedian', () => {
	it('tracks the median as numbers come and go', () => {
		const window = new SlidingMedian(3);
		expect(window.median()).toBeNaN();
		window.add(0, 5);
		expect(window.median()).toBe(5);
		window.add(1, 1);
		expect(window.median()).toBe(3);
		window.add(2, 3);
		expect(window.median()).toBe(3);
		window.remove(0);
		expect(window.median()).toBe(2);
		window.add(0, -4);
		expect(window.median()).toBe(1);
		expect(window.size).toBe(3);
	});

	it('ignores removing a free slot', () => {
		const window = new SlidingMedian(2);
		window.add(0, 1);
		window.remove(1);
		expect(window.size).toBe(1);
		expect(window.median()).toBe(1);
	});

	it('agrees with sorting after any sequence of adds and removes', () => {
		const capacity = 8;
		fc.assert(
			fc.property(
				fc.array(fc.record({ slot: fc.integer({ min: 0, max: capacity - 1 }), value: fc.integer({ min: -20, max: 20 }) })),
				(steps) => {
					const window = new SlidingMedian(capacity);
					const held = new Map<number, number>();
					for (const { slot, value } of steps) {
						if (held.has(slot)) {
							window.remove(slot);
							held.delete(slot);
						} else {
							window.add(slot, value);
							held.set(slot, value);
						}
						const sorted = [...held.values()].sort((a, b) => a - b);
						const middle = sorted.length >> 1;
						const expected =
							sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
						expect(window.median()).toBe(expected);
					}
				},
			),
		);
	});
});

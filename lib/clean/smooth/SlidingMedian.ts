/**
 * The median of a window of numbers that slides: `add` and `remove` in O(log w), `median` in
 * O(1). Two heaps split the window: a max-heap of the lower half (one more than the upper half
 * when the count is odd) and a min-heap of the upper half. Every number sits in a slot (a
 * caller-chosen index below `capacity`, e.g. position modulo the window), and each heap records
 * where each slot is, so a number leaving the window is removed directly, not lazily.
 *
 * @example
 * const window = new SlidingMedian(3);
 * window.add(0, 5); window.add(1, 1); window.add(2, 3);
 * window.median(); // 3
 * window.remove(0);
 * window.median(); // 2
 */
export class SlidingMedian {
	private readonly numbers: Float64Array;
	private readonly lower: SlotHeap;
	private readonly upper: SlotHeap;

	constructor(capacity: number) {
		this.numbers = new Float64Array(capacity);
		this.lower = new SlotHeap(this.numbers, capacity, true);
		this.upper = new SlotHeap(this.numbers, capacity, false);
	}

	/** How many numbers the window holds. */
	get size(): number {
		return this.lower.size + this.upper.size;
	}

	/** Puts `value` (not NaN) into the window under `slot`, which must be free. */
	add(slot: number, value: number): void {
		this.numbers[slot] = value;
		if (this.lower.size === 0 || value <= this.numbers[this.lower.top()]) this.lower.push(slot);
		else this.upper.push(slot);
		this.rebalance();
	}

	/** Takes the number in `slot` out of the window; a free slot is ignored. */
	remove(slot: number): void {
		if (!this.lower.delete(slot)) this.upper.delete(slot);
		this.rebalance();
	}

	/** The median: the middle number, the mean of the two middle numbers, or NaN when empty. */
	median(): number {
		const size = this.size;
		if (size === 0) return NaN;
		const middle = this.numbers[this.lower.top()];
		return size % 2 === 1 ? middle : (middle + this.numbers[this.upper.top()]) / 2;
	}

	private rebalance(): void {
		if (this.lower.size > this.upper.size + 1) this.upper.push(this.lower.pop());
		else if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop());
	}
}

/** A binary heap of slots ordered by their numbers, which knows where each slot is. */
class SlotHeap {
	size = 0;
	private readonly heap: Int32Array;
	private readonly where: Int32Array;

	constructor(
		private readonly numbers: Float64Array,
		capacity: number,
		private readonly largestFirst: boolean,
	) {
		this.heap = new Int32Array(capacity);
		this.where = new Int32Array(capacity).fill(-1);
	}

	top(): number {
		return this.heap[0];
	}

	push(slot: number): void {
		this.place(slot, this.size++);
		this.up(this.size - 1);
	}

	pop(): number {
		const slot = this.heap[0];
		this.delete(slot);
		return slot;
	}

	/** Removes `slot`; false when it is not in this heap. */
	delete(slot: number): boolean {
		const at = this.where[slot];
		if (at < 0) return false;
		this.where[slot] = -1;
		const last = this.heap[--this.size];
		if (at < this.size) {
			this.place(last, at);
			this.up(at);
			this.down(this.where[last]);
		}
		return true;
	}

	private before(a: number, b: number): boolean {
		return this.largestFirst ? this.numbers[a] > this.numbers[b] : this.numbers[a] < this.numbers[b];
	}

	private place(slot: number, at: number): void {
		this.heap[at] = slot;
		this.where[slot] = at;
	}

	private up(at: number): void {
		const slot = this.heap[at];
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!this.before(slot, this.heap[parent])) break;
			this.place(this.heap[parent], at);
			at = parent;
		}
		this.place(slot, at);
	}

	private down(at: number): void {
		const slot = this.heap[at];
		for (;;) {
			let child = 2 * at + 1;
			if (child >= this.size) break;
			if (child + 1 < this.size && this.before(this.heap[child + 1], this.heap[child])) child++;
			if (!this.before(this.heap[child], slot)) break;
			this.place(this.heap[child], at);
			at = child;
		}
		this.place(slot, at);
	}
}

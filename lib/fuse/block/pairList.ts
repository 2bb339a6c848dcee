/**
 * Candidate record pairs as two parallel typed arrays: pair `k` is records `left[k]` and
 * `right[k]`, with `left[k] < right[k]` and no pair twice. Only the first `count` entries are
 * meaningful; the arrays may be longer (spare capacity of a {@link PairListBuilder}).
 *
 * Typed arrays rather than `[i, j][]` because 100k × 100k linking makes millions of pairs:
 * an array of small arrays costs ~80 bytes a pair and strains the garbage collector, these 8.
 */
export type PairList = { left: Uint32Array; right: Uint32Array; count: number };

/**
 * A growable {@link PairList}: `push` appends, doubling the arrays when full, and `finish`
 * returns the pairs trimmed to their count.
 *
 * @example
 * const builder = new PairListBuilder();
 * builder.push(0, 2);
 * builder.push(1, 2);
 * builder.finish(); // { left: Uint32Array [0, 1], right: Uint32Array [2, 2], count: 2 }
 */
export class PairListBuilder {
	private left: Uint32Array;
	private right: Uint32Array;
	private size = 0;

	constructor(initialCapacity = 1024) {
		const capacity = Math.max(1, Math.floor(initialCapacity));
		this.left = new Uint32Array(capacity);
		this.right = new Uint32Array(capacity);
	}

	/** How many pairs have been pushed. */
	get count(): number {
		return this.size;
	}

	/**
	 * Makes room for `capacity` pairs in all, growing once to exactly that: a caller that knows an
	 * upper bound on what it will push saves the doubling's spare room and its copies.
	 */
	reserve(capacity: number): void {
		if (capacity > this.left.length) this.grow(capacity);
	}

	/** Appends the pair (`left`, `right`) as given: ordering and uniqueness are the caller's job. */
	push(left: number, right: number): void {
		if (this.size === this.left.length) this.grow(Math.max(16, this.size * 2));
		this.left[this.size] = left;
		this.right[this.size] = right;
		this.size++;
	}

	/**
	 * The pairs so far as views into the builder's arrays, without copying: valid only until the
	 * next `push`, for a caller that copies or reorders them anyway (as `sortPairs` does).
	 */
	view(): PairList {
		return { left: this.left.subarray(0, this.size), right: this.right.subarray(0, this.size), count: this.size };
	}

	/** The pairs so far, in arrays of exactly `count` entries (copies, so the builder may go on). */
	finish(): PairList {
		return { left: this.left.slice(0, this.size), right: this.right.slice(0, this.size), count: this.size };
	}

	private grow(capacity: number): void {
		const left = new Uint32Array(capacity);
		const right = new Uint32Array(capacity);
		left.set(this.left.subarray(0, this.size));
		right.set(this.right.subarray(0, this.size));
		this.left = left;
		this.right = right;
	}
}

/**
 * An empty {@link PairList}.
 *
 * @example
 * emptyPairList(); // { left: Uint32Array [], right: Uint32Array [], count: 0 }
 */
export function emptyPairList(): PairList {
	return { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 };
}

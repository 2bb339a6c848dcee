/** One caller waiting for a slot: lower `rank` first, then lower `order` (call order). */
interface Waiter {
	rank: number;
	order: number;
	admit: () => void;
}

/**
 * Slots for requests in flight, shared by every batch of a run, so that `limit` bounds the
 * requests at the destination however they are spread over batches. `take(rank)` resolves with a
 * `release` function once the caller holds one of the `limit` slots; the caller must call it when
 * its request has settled. Waiting callers are admitted lowest `rank` first (a batch's index, so
 * the earliest batches finish first and the checkpoint, which only moves over an unbroken run of
 * finished batches, keeps up) and in call order within a rank. Releasing twice frees one slot.
 *
 * @example
 * const take = requestSlots(64);
 * const release = await take(batchIndex); // waits while 64 requests are in flight
 * try { await send(request); } finally { release(); }
 */
export function requestSlots(limit: number): (rank: number) => Promise<() => void> {
	if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Concurrency must be a whole number of at least 1, got ${String(limit)}`);
	let taken = 0;
	let calls = 0;
	// A binary min-heap: thousands of requests may wait (concurrency × batch size), so each wait and admission is O(log n).
	const heap: Waiter[] = [];

	const grant = (): (() => void) => {
		let released = false;
		return () => {
			if (released) return;
			released = true;
			const next = pop(heap);
			// The slot passes straight to the next waiter, so no caller arriving meanwhile can take it out of turn.
			if (next === undefined) taken--;
			else next.admit();
		};
	};

	return (rank) => {
		const order = calls++;
		if (taken < limit && heap.length === 0) {
			taken++;
			return Promise.resolve(grant());
		}
		return new Promise((resolve) => push(heap, { rank, order, admit: () => resolve(grant()) }));
	};
}

function before(a: Waiter, b: Waiter): boolean {
	return a.rank < b.rank || (a.rank === b.rank && a.order < b.order);
}

function push(heap: Waiter[], waiter: Waiter): void {
	heap.push(waiter);
	let at = heap.length - 1;
	while (at > 0) {
		const parent = (at - 1) >> 1;
		if (!before(heap[at], heap[parent])) break;
		[heap[at], heap[parent]] = [heap[parent], heap[at]];
		at = parent;
	}
}

function pop(heap: Waiter[]): Waiter | undefined {
	const top = heap[0];
	const last = heap.pop();
	if (top === undefined || last === undefined || heap.length === 0) return top;
	heap[0] = last;
	let at = 0;
	for (;;) {
		const left = 2 * at + 1;
		const right = left + 1;
		let least = at;
		if (left < heap.length && before(heap[left], heap[least])) least = left;
		if (right < heap.length && before(heap[right], heap[least])) least = right;
		if (least === at) return top;
		[heap[at], heap[least]] = [heap[least], heap[at]];
		at = least;
	}
}

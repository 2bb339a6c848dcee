/**
 * Runs `work(0)`, `work(1)`, … `work(count - 1)`, starting them in index order with at most
 * `concurrency` running at once. When one rejects, no further work starts; the ones already
 * running are awaited (they may be sending a request, which cannot be called back), and then the
 * first rejection is thrown.
 *
 * @example
 * await runInOrder(10, 4, async (i) => sendBatch(batches[i])); // never more than 4 batches in flight
 */
export async function runInOrder(count: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
	if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`Concurrency must be a whole number of at least 1, got ${String(concurrency)}`);
	let next = 0;
	let failed = false;
	let firstError: unknown;
	const worker = async (): Promise<void> => {
		while (!failed && next < count) {
			const index = next++;
			try {
				await work(index);
			} catch (error) {
				if (!failed) firstError = error;
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	if (failed) throw firstError;
}

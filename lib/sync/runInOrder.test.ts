import { runInOrder } from './runInOrder';

/** A promise settled from outside, so a test decides when each piece of work ends. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
	let resolve!: () => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<void>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('runInOrder', () => {
	it('starts work in index order and never runs more than the limit at once', async () => {
		const gates = Array.from({ length: 6 }, deferred);
		const started: number[] = [];
		let running = 0;
		let most = 0;
		const done = runInOrder(6, 2, async (i) => {
			started.push(i);
			running++;
			most = Math.max(most, running);
			await gates[i].promise;
			running--;
		});
		await tick();
		expect(started).toEqual([0, 1]);
		gates[1].resolve();
		await tick();
		expect(started).toEqual([0, 1, 2]);
		gates[0].resolve();
		await tick();
		expect(started).toEqual([0, 1, 2, 3]);
		for (const gate of gates) gate.resolve();
		await done;
		expect(started).toEqual([0, 1, 2, 3, 4, 5]);
		expect(most).toBe(2);
	});

	it('starts nothing new after a failure, waits for the running work, then throws the first error', async () => {
		const gates = Array.from({ length: 5 }, deferred);
		const finished: number[] = [];
		let settled = false;
		const done = runInOrder(5, 2, async (i) => {
			await gates[i].promise;
			finished.push(i);
		}).finally(() => {
			settled = true;
		});
		gates[0].reject(new Error('batch 0 failed'));
		await tick();
		for (const gate of gates.slice(2)) gate.resolve();
		await tick();
		// Work 1 is still running: the run waits for it.
		expect(settled).toBe(false);
		expect(finished).toEqual([]);
		gates[1].reject(new Error('batch 1 failed'));
		await expect(done).rejects.toThrow('batch 0 failed');
		// 2, 3 and 4 never started, though nothing held them back but the failure.
		expect(finished).toEqual([]);
	});

	it('handles nothing to do and refuses a concurrency below 1', async () => {
		await expect(runInOrder(0, 4, async () => undefined)).resolves.toBeUndefined();
		await expect(runInOrder(1, 0, async () => undefined)).rejects.toThrow(RangeError);
	});
});

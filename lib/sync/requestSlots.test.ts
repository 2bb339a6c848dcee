import { requestSlots } from './requestSlots';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('requestSlots', () => {
	it('admits at most `limit` at once, the lowest rank first, in call order within a rank', async () => {
		const take = requestSlots(2);
		const admitted: string[] = [];
		const releases = new Map<string, () => void>();
		const ask = (name: string, rank: number) =>
			void take(rank).then((release) => {
				admitted.push(name);
				releases.set(name, release);
			});
		ask('a0', 0);
		ask('b0', 0);
		ask('c2', 2);
		ask('d1', 1);
		ask('e1', 1);
		ask('f0', 0);
		await tick();
		expect(admitted).toEqual(['a0', 'b0']);
		releases.get('b0')?.();
		await tick();
		expect(admitted).toEqual(['a0', 'b0', 'f0']);
		releases.get('a0')?.();
		releases.get('f0')?.();
		await tick();
		expect(admitted).toEqual(['a0', 'b0', 'f0', 'd1', 'e1']);
		releases.get('d1')?.();
		await tick();
		expect(admitted).toEqual(['a0', 'b0', 'f0', 'd1', 'e1', 'c2']);
	});

	it('gives a freed slot to a waiter, not to a caller arriving after it, and frees a slot once however often it is released', async () => {
		const take = requestSlots(1);
		const first = await take(5);
		const admitted: string[] = [];
		void take(5).then(() => admitted.push('waiter'));
		first();
		first();
		// Arrives after the release, with a better rank, but the slot was already handed over.
		void take(0).then(() => admitted.push('late'));
		await tick();
		expect(admitted).toEqual(['waiter']);
	});

	it('keeps the count of requests in flight at the limit under many waiters', async () => {
		const take = requestSlots(3);
		let inFlight = 0;
		let most = 0;
		await Promise.all(
			Array.from({ length: 200 }, async (_, i) => {
				const release = await take(i % 7);
				inFlight++;
				most = Math.max(most, inFlight);
				await tick();
				inFlight--;
				release();
			}),
		);
		expect(most).toBe(3);
		expect(inFlight).toBe(0);
	});

	it('refuses a limit below 1', () => {
		expect(() => requestSlots(0)).toThrow(RangeError);
		expect(() => requestSlots(1.5)).toThrow(RangeError);
	});
});

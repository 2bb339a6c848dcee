import { rateLimiter } from './rateLimiter';

/** A clock that only moves when told, recording each wait. */
function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[]; at: number } {
	const clock = {
		at: 0,
		waits: [] as number[],
		now: () => clock.at,
		sleep: async (ms: number) => {
			clock.waits.push(ms);
		},
	};
	return clock;
}

describe('rateLimiter', () => {
	it('lets the first `requests` calls start at once and spaces the rest by the interval', async () => {
		const clock = fakeClock();
		const acquire = rateLimiter({ requests: 2, intervalMs: 100 }, clock);
		for (let i = 0; i < 5; i++) await acquire();
		// Starts reserved at 0, 0, 100, 100, 200.
		expect(clock.waits).toEqual([100, 100, 200]);
	});

	it('does not wait when the window has moved on', async () => {
		const clock = fakeClock();
		const acquire = rateLimiter({ requests: 2, intervalMs: 100 }, clock);
		await acquire();
		await acquire();
		clock.at = 150;
		await acquire();
		expect(clock.waits).toEqual([]);
		await acquire();
		// The window (50, 150] holds 1 start at 150 and this one: the one at 0 left at 100, but the second 0 too.
		expect(clock.waits).toEqual([]);
		await acquire();
		expect(clock.waits).toEqual([100]);
	});

	it('never puts more than `requests` starts in any window (real timers)', async () => {
		// The starts the limiter schedules, read from the clock it is given: the moment a caller's
		// code resumes after the wait depends on the machine's load, the schedule does not.
		const starts: number[] = [];
		let lastNow = 0;
		const clock = {
			now: () => (lastNow = performance.now()),
			sleep: (ms: number) => {
				starts.push(lastNow + ms);
				return new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms)));
			},
		};
		const acquire = rateLimiter({ requests: 3, intervalMs: 40 }, clock);
		await Promise.all(
			Array.from({ length: 9 }, async () => {
				const before = starts.length;
				// acquire() reserves its start at once: either it asked the clock to sleep until then, or it starts now.
				const waiting = acquire();
				if (starts.length === before) starts.push(lastNow);
				await waiting;
			}),
		);
		expect(starts).toHaveLength(9);
		starts.sort((a, b) => a - b);
		for (let i = 3; i < starts.length; i++) expect(starts[i] - starts[i - 3]).toBeGreaterThanOrEqual(40 - 1e-9);
	});

	it('refuses limits that make no sense', () => {
		expect(() => rateLimiter({ requests: 0, intervalMs: 100 })).toThrow(RangeError);
		expect(() => rateLimiter({ requests: 1.5, intervalMs: 100 })).toThrow(RangeError);
		expect(() => rateLimiter({ requests: 1, intervalMs: 0 })).toThrow(RangeError);
	});
});

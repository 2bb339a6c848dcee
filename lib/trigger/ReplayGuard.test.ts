import { ReplayGuard } from './ReplayGuard';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
	let time = start;
	return { now: () => time, advance: (ms) => (time += ms) };
}

describe('ReplayGuard', () => {
	it('drops the second sighting of an event id and lets other ids through', () => {
		const { now } = clock();
		const guard = new ReplayGuard({ windowMs: 60_000, maxEntries: 100, now });
		expect(guard.seen('100')).toBe(false);
		expect(guard.seen('101')).toBe(false);
		expect(guard.seen('100')).toBe(true);
		expect(guard.seen('100')).toBe(true);
	});

	it('forgets an id once the window after its latest sighting has passed', () => {
		const { now, advance } = clock();
		const guard = new ReplayGuard({ windowMs: 60_000, maxEntries: 100, now });
		guard.seen('a');
		advance(60_000);
		expect(guard.seen('a')).toBe(true); // exactly the window: still a repeat
		advance(60_001);
		expect(guard.seen('a')).toBe(false);
	});

	it('counts the window from the latest sighting, so a stream of repeats stays dropped', () => {
		const { now, advance } = clock();
		const guard = new ReplayGuard({ windowMs: 10_000, maxEntries: 100, now });
		guard.seen('a');
		for (let i = 0; i < 5; i++) {
			advance(9_000);
			expect(guard.seen('a')).toBe(true);
		}
	});

	it('keeps at most maxEntries, forgetting the least recently seen first', () => {
		const { now, advance } = clock();
		const guard = new ReplayGuard({ windowMs: 60_000, maxEntries: 3, now });
		for (const id of ['a', 'b', 'c']) {
			guard.seen(id);
			advance(1);
		}
		guard.seen('a'); // a is now the most recent
		guard.seen('d'); // b goes
		expect(guard.toJSON().entries.map(([id]) => id)).toEqual(['c', 'a', 'd']);
		expect(guard.seen('b')).toBe(false);
		expect(guard.toJSON().entries).toHaveLength(3);
	});

	it('stays bounded under many distinct ids', () => {
		const { now, advance } = clock();
		const guard = new ReplayGuard({ windowMs: 1e9, maxEntries: 50, now });
		for (let i = 0; i < 10_000; i++) {
			guard.seen(String(i));
			advance(1);
		}
		const ids = guard.toJSON().entries.map(([id]) => id);
		expect(ids).toHaveLength(50);
		expect(ids[0]).toBe('9950');
		expect(ids[49]).toBe('9999');
	});

	it('survives a round trip through JSON text, as the workflow static data does', () => {
		const { now, advance } = clock();
		const options = { windowMs: 60_000, maxEntries: 100, now };
		const first = new ReplayGuard(options);
		// Numeric ids, which an object would reorder.
		for (const id of ['300', '20', '1']) {
			first.seen(id);
			advance(1000);
		}
		const stored: unknown = JSON.parse(JSON.stringify(first));
		expect(stored).toEqual({ version: 1, entries: [['300', 1_000_000], ['20', 1_001_000], ['1', 1_002_000]] });
		const second = ReplayGuard.fromJSON(stored, options);
		expect(second.seen('20')).toBe(true);
		expect(second.seen('4')).toBe(false);
		advance(58_500);
		// '300' was seen 61.5 s ago, '1' 59.5 s ago.
		const third = ReplayGuard.fromJSON(JSON.parse(JSON.stringify(second)), options);
		expect(third.toJSON().entries.map(([id]) => id)).toEqual(['1', '20', '4']);
		expect(third.seen('300')).toBe(false);
		expect(third.seen('1')).toBe(true);
	});

	it('applies the current bound and window to loaded state', () => {
		const { now } = clock(100_000);
		const state = { version: 1, entries: [['old', 1], ['b', 99_000], ['a', 98_000], ['c', 99_500]] };
		const guard = ReplayGuard.fromJSON(state, { windowMs: 10_000, maxEntries: 2, now });
		expect(guard.toJSON().entries).toEqual([['b', 99_000], ['c', 99_500]]);
	});

	it('starts empty from missing or damaged state, and skips bad entries', () => {
		const options = { windowMs: 60_000, maxEntries: 10, now: () => 5000 };
		for (const state of [undefined, null, 'x', 42, [], {}, { version: 2, entries: [['a', 5000]] }, { version: 1, entries: 'a' }]) {
			expect(ReplayGuard.fromJSON(state, options).toJSON()).toEqual({ version: 1, entries: [] });
		}
		const mixed = { version: 1, entries: [['a', 4000], 'b', [5, 4000], ['c', 'x'], ['d', null], ['e', Number.NaN], null, ['f', 4500]] };
		expect(ReplayGuard.fromJSON(mixed, options).toJSON().entries).toEqual([['a', 4000], ['f', 4500]]);
	});

	it('rejects options that would remember nothing or everything', () => {
		for (const bad of [{ windowMs: 0, maxEntries: 1 }, { windowMs: -5, maxEntries: 1 }, { windowMs: Number.POSITIVE_INFINITY, maxEntries: 1 }, { windowMs: 1, maxEntries: 0 }, { windowMs: 1, maxEntries: 1.5 }]) {
			expect(() => new ReplayGuard(bad)).toThrow(RangeError);
		}
	});

	it('uses the real clock by default', () => {
		const spy = jest.spyOn(Date, 'now').mockReturnValue(1_000);
		const guard = new ReplayGuard({ windowMs: 100, maxEntries: 10 });
		guard.seen('a');
		spy.mockReturnValue(1_200);
		expect(guard.seen('a')).toBe(false);
		spy.mockRestore();
	});
});

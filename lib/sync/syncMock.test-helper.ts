import { startMockSink, type JournalEntry, type MockSink, type MockSinkOptions } from '../../test/mock-sink';
import type { RetryPolicy } from '../crm/http/retryPolicy';
import type { Row } from '../core/record';
import type { CheckpointStore, SyncCheckpoint } from './types';

/** Tiny delays so retry tests stay fast; many retries so a seeded 30 % fault rate cannot exhaust them. */
export const FAST_RETRY: Partial<RetryPolicy> = { maxRetries: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 50 };

/** Starts a sink for one test file and resets it before each test; `sink()` gives the running sink. */
export function useMockSink(options: MockSinkOptions = {}): () => MockSink {
	const started: MockSink[] = [];
	beforeAll(async () => void started.push(await startMockSink(options)));
	afterAll(async () => await Promise.all(started.map((sink) => sink.close())));
	beforeEach(() => started.forEach((sink) => sink.reset()));
	return () => started[0] ?? notStarted();
}

function notStarted(): never {
	throw new Error('mock sink not started');
}

/** `n` contact rows with ids `c<first>`…, each with its own content. */
export function people(n: number, first = 0): Row[] {
	return Array.from({ length: n }, (_, i) => ({ id: `c${first + i}`, name: `Person ${first + i}`, email: `p${first + i}@example.com`, score: (first + i) % 97 }));
}

/** When a "killed" process stops: before the save that `kill` picks (given the state and how many saves went before). */
export type KillSwitch = (state: SyncCheckpoint, saves: number) => boolean;

/** Stops before the save after `saves` successful ones. */
export const afterSaves =
	(saves: number): KillSwitch =>
	(_state, done) =>
		done >= saves;

/**
 * A checkpoint kept in memory. With `kill`, the save it picks throws, as a killed process saves
 * nothing more; set `kill` to undefined to "restart" the process.
 */
export function memoryCheckpoint(kill?: KillSwitch): CheckpointStore & { saved: SyncCheckpoint[]; current(): SyncCheckpoint | undefined; kill?: KillSwitch } {
	const store = {
		saved: [] as SyncCheckpoint[],
		kill,
		current: () => store.saved[store.saved.length - 1],
		load: async () => structuredClone(store.current()),
		save: async (state: SyncCheckpoint) => {
			if (store.kill?.(state, store.saved.length)) throw new Error('killed: the process stopped before this checkpoint was saved');
			// Kept as JSON, as static data keeps it, so nothing the run holds is shared.
			store.saved.push(JSON.parse(JSON.stringify(state)) as SyncCheckpoint);
		},
	};
	return store;
}

/** Most requests the sink was working on at once, from the journal's arrival times and durations. */
export function maxInFlight(entries: readonly JournalEntry[]): number {
	const events: Array<[number, number]> = [];
	for (const entry of entries) {
		events.push([entry.at, 1]);
		events.push([entry.at + (entry.durationMs ?? 0), -1]);
	}
	// Ends before starts at the same instant: a request answered at t is no longer in flight when the next arrives at t.
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let most = 0;
	for (const [, step] of events) {
		now += step;
		most = Math.max(most, now);
	}
	return most;
}

/** Most requests that arrived within any `windowMs` span, by the journal's arrival times. */
export function mostInWindow(entries: readonly JournalEntry[], windowMs: number): number {
	const times = entries.map((entry) => entry.at).sort((a, b) => a - b);
	let most = 0;
	let start = 0;
	for (let end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= windowMs) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

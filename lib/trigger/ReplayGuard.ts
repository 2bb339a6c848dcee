export interface ReplayGuardOptions {
	/** How long after its latest sighting an id still counts as a repeat, in ms. */
	windowMs: number;
	/** How many ids to remember at most; beyond it the least recently seen are forgotten first. */
	maxEntries: number;
	/** The clock, epoch ms; default `Date.now`. */
	now?: () => number;
}

/** What `toJSON` writes for the workflow's static data: `[id, last seen (epoch ms)]`, oldest first. */
export interface ReplayGuardState {
	version: 1;
	entries: Array<[string, number]>;
}

/**
 * Remembers event ids to drop repeats: HubSpot delivers at least once (a retry after a timeout,
 * a duplicate), in no set order, and a captured request with a fresh signature can be sent again
 * within the 5-minute window, so the trigger must not start a second execution for an event it
 * has seen. `seen(id)` records the id and says whether it was already seen within `windowMs` of
 * its latest sighting. Memory stays bounded: expired ids are dropped, and beyond `maxEntries`
 * the least recently seen go first (a repeat that old is then let through, so size the bound to
 * the event rate). Pick a window at least as long as the signature's maximum age, and longer to
 * cover the sender's retries (HubSpot's span hours). `toJSON` / `ReplayGuard.fromJSON` carry the
 * ids between executions in the workflow's static data; entries are a list, not an object, since
 * an object would move numeric ids like HubSpot's to the front and break the oldest-first order.
 *
 * @example
 * const guard = ReplayGuard.fromJSON(staticData.replay, { windowMs: 86_400_000, maxEntries: 10_000 });
 * guard.seen('100'); // false: new, start an execution
 * guard.seen('100'); // true: a repeat, drop it
 * staticData.replay = guard.toJSON();
 */
export class ReplayGuard {
	private readonly windowMs: number;
	private readonly maxEntries: number;
	private readonly now: () => number;
	/** id → last seen; a Map keeps insertion order, and a sighting re-inserts, so the oldest is first. */
	private readonly lastSeen = new Map<string, number>();

	constructor(options: ReplayGuardOptions) {
		if (typeof options?.windowMs !== 'number' || !(options.windowMs > 0) || !Number.isFinite(options.windowMs)) {
			throw new RangeError(`windowMs must be a positive number of milliseconds, got ${String(options?.windowMs)}`);
		}
		if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) throw new RangeError(`maxEntries must be a whole number of at least 1, got ${String(options.maxEntries)}`);
		this.windowMs = options.windowMs;
		this.maxEntries = options.maxEntries;
		this.now = options.now ?? Date.now;
	}

	/**
	 * A guard holding the ids of `state` (what `toJSON` wrote) that are still within the window.
	 * State that is missing, from another version or damaged gives an empty guard, and bad
	 * entries are skipped: losing the memory of old ids is better than a trigger that fails
	 * on every request.
	 */
	static fromJSON(state: unknown, options: ReplayGuardOptions): ReplayGuard {
		const guard = new ReplayGuard(options);
		const entries = isState(state) ? state.entries : [];
		const valid = entries.filter((entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && Number.isFinite(entry[1]));
		// Sorted, so pruning from the front stays right even if the stored order was changed.
		for (const [id, at] of valid.sort((a, b) => a[1] - b[1])) {
			guard.lastSeen.delete(id);
			guard.lastSeen.set(id, at);
		}
		guard.prune(guard.now());
		return guard;
	}

	/** Records `id` as seen now; `true` when it was already seen within the window. */
	seen(id: string): boolean {
		const now = this.now();
		this.prune(now);
		const key = String(id);
		const repeat = this.lastSeen.has(key);
		this.lastSeen.delete(key);
		this.lastSeen.set(key, now);
		this.prune(now);
		return repeat;
	}

	/** The ids still within the window, oldest first, as plain JSON for the workflow's static data. */
	toJSON(): ReplayGuardState {
		this.prune(this.now());
		return { version: 1, entries: [...this.lastSeen] };
	}

	private prune(now: number): void {
		for (const [id, at] of this.lastSeen) {
			if (now - at <= this.windowMs && this.lastSeen.size <= this.maxEntries) break;
			this.lastSeen.delete(id);
		}
	}
}

function isState(value: unknown): value is { entries: unknown[] } {
	return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1 && Array.isArray((value as { entries?: unknown }).entries);
}

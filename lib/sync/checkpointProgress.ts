import type { RecordOutcome, SyncCheckpoint, SyncError } from './types';

const LETTERS = { created: 'c', updated: 'u', failed: 'f' } as const;

/** A run's checkpoint as it grows, batch by batch. */
export interface CheckpointProgress {
	/** How many batches, from the first, are acknowledged. */
	readonly acknowledgedBatches: number;
	/** Appends the outcomes of the next acknowledged batch, at a cost proportional to that batch alone. */
	acknowledge(outcomes: readonly RecordOutcome[]): void;
	/** The checkpoint as it stands now: a copy that later batches leave unchanged, to save or keep. */
	snapshot(): SyncCheckpoint;
}

/**
 * The checkpoint of a run, kept growing in place from `from` (a fresh one or the one resumed):
 * each acknowledged batch appends its records' outcomes compactly (a letter each, the destination
 * id, the error of a failed one). Only `snapshot()` copies the ids and errors, so a run without a
 * checkpoint store does linear work here however many batches it has, where copying them for every
 * batch was quadratic (100,000 records in batches of 100: 5 s). `from` is not changed.
 *
 * @example
 * const progress = checkpointProgress({ version: 1, runKey: 'r', acknowledgedBatches: 0, outcomes: '' });
 * progress.acknowledge([{ status: 'created', destinationId: '7' }]);
 * progress.snapshot(); // { version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'c', ids: ['7'] }
 */
export function checkpointProgress(from: SyncCheckpoint): CheckpointProgress {
	const { ids: fromIds, errors: fromErrors, ...rest } = from;
	let acknowledgedBatches = from.acknowledgedBatches;
	let outcomes = from.outcomes;
	// Ids are kept only once some record has one: a destination that returns none stores none.
	let ids = fromIds === undefined ? undefined : Array.from({ length: outcomes.length }, (_v, at) => fromIds[at] ?? '');
	const errors: Record<string, SyncError> = { ...fromErrors };
	let keepErrors = fromErrors !== undefined;

	return {
		get acknowledgedBatches() {
			return acknowledgedBatches;
		},
		acknowledge(batch) {
			let at = outcomes.length;
			let letters = '';
			for (const outcome of batch) {
				letters += LETTERS[outcome.status];
				const id = outcome.destinationId;
				if (id !== undefined && id !== '') {
					ids ??= Array.from({ length: at }, () => '');
					ids.push(id);
				} else {
					ids?.push('');
				}
				if (outcome.error !== undefined) {
					errors[String(at)] = { code: outcome.error.code, message: outcome.error.message, ...(outcome.error.status === undefined ? {} : { status: outcome.error.status }) };
					keepErrors = true;
				}
				at++;
			}
			outcomes += letters;
			acknowledgedBatches++;
		},
		snapshot() {
			const state: SyncCheckpoint = { ...rest, acknowledgedBatches, outcomes };
			if (ids !== undefined) state.ids = ids.slice();
			if (keepErrors) state.errors = { ...errors };
			return state;
		},
	};
}

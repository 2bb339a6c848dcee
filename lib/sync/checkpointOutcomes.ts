import { checkpointProgress } from './checkpointProgress';
import type { RecordOutcome, SyncCheckpoint } from './types';

const STATUSES = { c: 'created', u: 'updated', f: 'failed' } as const;

/**
 * The checkpoint after one more batch was acknowledged: its records' outcomes appended
 * compactly (a letter each, the destination id, the error of a failed one). A new object sharing
 * nothing with `state`, so a saved checkpoint is never changed afterwards. It copies the whole
 * state: for a run of many batches use `checkpointProgress`, which appends in place.
 *
 * @example
 * acknowledgeBatch({ version: 1, runKey: 'r', acknowledgedBatches: 0, outcomes: '' }, [{ status: 'created', destinationId: '7' }]);
 * // { version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'c', ids: ['7'] }
 */
export function acknowledgeBatch(state: SyncCheckpoint, outcomes: readonly RecordOutcome[]): SyncCheckpoint {
	const progress = checkpointProgress(state);
	progress.acknowledge(outcomes);
	return progress.snapshot();
}

/**
 * The outcomes a checkpoint remembers, in sending order (no `response`: it is not kept).
 *
 * @example
 * checkpointOutcomes({ version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'cf', errors: { 1: { code: 'X', message: 'no' } } });
 * // [{ status: 'created' }, { status: 'failed', error: { code: 'X', message: 'no' } }]
 */
export function checkpointOutcomes(state: SyncCheckpoint): RecordOutcome[] {
	return Array.from(state.outcomes, (letter, at): RecordOutcome => {
		const status = STATUSES[letter as keyof typeof STATUSES] ?? 'failed';
		const outcome: RecordOutcome = { status };
		const id = state.ids?.[at];
		if (id !== undefined && id !== '') outcome.destinationId = id;
		if (status === 'failed') outcome.error = state.errors?.[String(at)] ?? { code: 'FAILED', message: 'The record failed in the interrupted run' };
		return outcome;
	});
}

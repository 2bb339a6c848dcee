import type { RecordOutcome, SyncCheckpoint } from './types';

const LETTERS = { created: 'c', updated: 'u', failed: 'f' } as const;
const STATUSES = { c: 'created', u: 'updated', f: 'failed' } as const;

/**
 * The checkpoint after one more batch was acknowledged: its records' outcomes appended
 * compactly (a letter each, the destination id, the error of a failed one). A new object, so a
 * saved checkpoint is never changed afterwards.
 *
 * @example
 * acknowledgeBatch({ version: 1, runKey: 'r', acknowledgedBatches: 0, outcomes: '' }, [{ status: 'created', destinationId: '7' }]);
 * // { version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'c', ids: ['7'] }
 */
export function acknowledgeBatch(state: SyncCheckpoint, outcomes: readonly RecordOutcome[]): SyncCheckpoint {
	const start = state.outcomes.length;
	let ids = state.ids;
	const errors = { ...state.errors };
	let letters = '';
	outcomes.forEach((outcome, at) => {
		letters += LETTERS[outcome.status];
		if (outcome.destinationId !== undefined && outcome.destinationId !== '') {
			ids ??= Array.from({ length: start }, () => '');
			ids[start + at] = outcome.destinationId;
		}
		if (outcome.error !== undefined) errors[String(start + at)] = { code: outcome.error.code, message: outcome.error.message, ...(outcome.error.status === undefined ? {} : { status: outcome.error.status }) };
	});
	const next: SyncCheckpoint = { ...state, acknowledgedBatches: state.acknowledgedBatches + 1, outcomes: state.outcomes + letters };
	if (ids !== undefined) next.ids = Array.from({ length: next.outcomes.length }, (_v, at) => ids?.[at] ?? '');
	if (Object.keys(errors).length > 0) next.errors = errors;
	return next;
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

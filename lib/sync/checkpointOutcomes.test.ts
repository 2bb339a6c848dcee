import { acknowledgeBatch, checkpointOutcomes } from './checkpointOutcomes';
import type { RecordOutcome, SyncCheckpoint } from './types';

const empty: SyncCheckpoint = { version: 1, runKey: 'r', acknowledgedBatches: 0, outcomes: '' };

describe('acknowledgeBatch / checkpointOutcomes', () => {
	it('remembers statuses, ids and errors compactly, and gives them back', () => {
		const first: RecordOutcome[] = [{ status: 'created', destinationId: 'a', response: { big: 'x'.repeat(100) } }, { status: 'updated' }];
		const second: RecordOutcome[] = [{ status: 'failed', error: { code: 'REJECTED', message: 'bad email', status: 422, retryable: false } }, { status: 'updated', destinationId: 'd' }];
		const state = acknowledgeBatch(acknowledgeBatch(empty, first), second);
		expect(state).toEqual({
			version: 1,
			runKey: 'r',
			acknowledgedBatches: 2,
			outcomes: 'cufu',
			ids: ['a', '', '', 'd'],
			errors: { 2: { code: 'REJECTED', message: 'bad email', status: 422 } },
		});
		expect(JSON.stringify(state)).not.toContain('xxxx');
		expect(checkpointOutcomes(state)).toEqual([
			{ status: 'created', destinationId: 'a' },
			{ status: 'updated' },
			{ status: 'failed', error: { code: 'REJECTED', message: 'bad email', status: 422 } },
			{ status: 'updated', destinationId: 'd' },
		]);
	});

	it('leaves out ids and errors when there are none, and never changes the state it was given', () => {
		const state = acknowledgeBatch(empty, [{ status: 'updated' }]);
		expect(state).toEqual({ version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'u' });
		const later = acknowledgeBatch(state, [{ status: 'created', destinationId: 'z' }]);
		expect(state).toEqual({ version: 1, runKey: 'r', acknowledgedBatches: 1, outcomes: 'u' });
		expect(later.ids).toEqual(['', 'z']);
	});

	it('never changes a checkpoint it returned when later batches are acknowledged', () => {
		// The bug this guards against wrote the next batch's ids into the previous state's array before copying it.
		const first = acknowledgeBatch(empty, [{ status: 'created', destinationId: 'a' }, { status: 'failed', error: { code: 'X', message: 'no' } }]);
		const kept = structuredClone(first);
		const second = acknowledgeBatch(first, [{ status: 'created', destinationId: 'b' }, { status: 'failed', error: { code: 'Y', message: 'later' } }]);
		expect(first).toEqual(kept);
		expect(first.ids).toEqual(['a', '']);
		expect(second.ids).toEqual(['a', '', 'b', '']);
		expect(Object.keys(second.errors ?? {})).toEqual(['1', '3']);
	});

	it('reads a failed record without a stored error as failed in the interrupted run', () => {
		expect(checkpointOutcomes({ ...empty, acknowledgedBatches: 1, outcomes: 'f' })).toEqual([{ status: 'failed', error: { code: 'FAILED', message: 'The record failed in the interrupted run' } }]);
	});
});

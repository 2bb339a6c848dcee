import { checkpointOutcomes } from './checkpointOutcomes';
import { checkpointProgress } from './checkpointProgress';
import type { RecordOutcome, SyncCheckpoint } from './types';

const empty: SyncCheckpoint = { version: 1, runKey: 'r', acknowledgedBatches: 0, outcomes: '' };

describe('checkpointProgress', () => {
	it('appends batches and gives them back as a checkpoint', () => {
		const progress = checkpointProgress(empty);
		progress.acknowledge([{ status: 'updated' }, { status: 'created', destinationId: 'b', response: { big: 'x'.repeat(100) } }]);
		progress.acknowledge([{ status: 'failed', error: { code: 'REJECTED', message: 'bad email', status: 422, retryable: false } }]);
		expect(progress.acknowledgedBatches).toBe(2);
		const state = progress.snapshot();
		expect(state).toEqual({ version: 1, runKey: 'r', acknowledgedBatches: 2, outcomes: 'ucf', ids: ['', 'b', ''], errors: { 2: { code: 'REJECTED', message: 'bad email', status: 422 } } });
		expect(JSON.stringify(state)).not.toContain('xxxx');
		expect(checkpointOutcomes(state)[1]).toEqual({ status: 'created', destinationId: 'b' });
	});

	it('never changes a snapshot taken before later batches, nor the state it started from', () => {
		const from: SyncCheckpoint = { ...empty, acknowledgedBatches: 1, outcomes: 'cf', ids: ['a', ''], errors: { 1: { code: 'X', message: 'no' } }, runId: 'run-1' };
		const before = structuredClone(from);
		const progress = checkpointProgress(from);
		progress.acknowledge([{ status: 'created', destinationId: 'c' }]);
		const saved = progress.snapshot();
		const copy = structuredClone(saved);
		progress.acknowledge([{ status: 'failed', destinationId: 'd', error: { code: 'Y', message: 'later' } }]);
		expect(saved).toEqual(copy);
		expect(saved.ids).toEqual(['a', '', 'c']);
		expect(saved.errors).toEqual({ 1: { code: 'X', message: 'no' } });
		expect(from).toEqual(before);
		expect(progress.snapshot()).toMatchObject({ acknowledgedBatches: 3, outcomes: 'cfcf', ids: ['a', '', 'c', 'd'], errors: { 1: { code: 'X', message: 'no' }, 3: { code: 'Y', message: 'later' } }, runId: 'run-1' });
	});

	it('keeps no ids until a record has one, then pads the earlier ones', () => {
		const progress = checkpointProgress(empty);
		progress.acknowledge([{ status: 'updated' }, { status: 'updated' }]);
		expect(progress.snapshot()).toEqual({ ...empty, acknowledgedBatches: 1, outcomes: 'uu' });
		progress.acknowledge([{ status: 'created', destinationId: 'z' }]);
		expect(progress.snapshot().ids).toEqual(['', '', 'z']);
	});

	it('reads ids of a loaded checkpoint up to its outcomes only', () => {
		const progress = checkpointProgress({ ...empty, acknowledgedBatches: 1, outcomes: 'c', ids: ['a', 'stray'] });
		progress.acknowledge([{ status: 'updated' } satisfies RecordOutcome]);
		expect(progress.snapshot().ids).toEqual(['a', '']);
	});
});

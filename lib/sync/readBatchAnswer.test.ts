import { CrmApiError } from '../crm/http/CrmApiError';
import { readBatchAnswer } from './readBatchAnswer';

const answer = (status: number, body: unknown) => ({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) });
const call = 'POST http://sink/api/contacts/batch';

describe('readBatchAnswer', () => {
	it('matches results by index and tells created, updated and failed apart', () => {
		const outcomes = readBatchAnswer(
			answer(207, {
				results: [
					{ index: 2, key: 'c', error: { code: 'record_failed', message: 'busy', status: 503 } },
					{ index: 0, key: 'a', id: 'snk_1', status: 'created' },
					{ index: 1, key: 'b', id: 'snk_2', status: 'updated' },
					{ index: 3, key: 'd', error: { code: 'invalid', message: 'bad email', status: 422 } },
				],
			}),
			4,
			{ call },
		);
		expect(outcomes.map((o) => o.status)).toEqual(['created', 'updated', 'failed', 'failed']);
		expect(outcomes[0].destinationId).toBe('snk_1');
		expect(outcomes[2].error).toEqual({ code: 'record_failed', message: 'busy', status: 503, retryable: true });
		expect(outcomes[3].error).toEqual({ code: 'invalid', message: 'bad email', status: 422, retryable: false });
	});

	it('matches by position without an index, in a bare array or at a path', () => {
		expect(readBatchAnswer(answer(200, [{ id: 1, created: true }, { id: 2 }]), 2, { call }).map((o) => [o.status, o.destinationId])).toEqual([
			['created', '1'],
			['updated', '2'],
		]);
		const nested = readBatchAnswer(answer(200, { out: { items: [{ ref: { id: 'x' }, success: true }, { success: false, errors: [{ statusCode: 'DUP', message: 'dup' }] }] } }), 2, {
			call,
			resultsPath: 'out.items',
			idPath: 'ref.id',
		});
		expect(nested[0]).toMatchObject({ status: 'updated', destinationId: 'x' });
		expect(nested[1]).toMatchObject({ status: 'failed', error: { code: 'DUP', message: 'dup', retryable: false } });
	});

	it('fails records the answer does not mention', () => {
		const outcomes = readBatchAnswer(answer(200, { results: [{ index: 0, id: 'a' }] }), 2, { call });
		expect(outcomes[1]).toMatchObject({ status: 'failed', error: { code: 'UNANSWERED' } });
	});

	it('counts every record as updated when the answer has no results list', () => {
		expect(readBatchAnswer(answer(202, { accepted: true }), 2, { call })).toEqual([
			{ status: 'updated', response: { accepted: true } },
			{ status: 'updated', response: { accepted: true } },
		]);
		expect(readBatchAnswer(answer(204, ''), 1, { call })).toEqual([{ status: 'updated', response: undefined }]);
	});

	it('throws a retryable MALFORMED_JSON error for a cut-off answer', () => {
		let thrown: unknown;
		try {
			readBatchAnswer(answer(200, '{"results":[{"ind'), 2, { call });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(CrmApiError);
		expect(thrown).toMatchObject({ code: 'MALFORMED_JSON', retryable: true });
	});
});

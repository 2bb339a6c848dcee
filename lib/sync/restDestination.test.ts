import { restDestination } from './restDestination';
import type { SyncItem } from './types';

const now = () => new Date(0);
const items = (records: Array<Record<string, unknown>>): SyncItem[] => records.map((record, index) => ({ index, record, key: `key-${index}` }));
const answer = (status: number, body: unknown) => ({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('restDestination', () => {
	describe('one request per record', () => {
		it('fills the URL, sends the record as JSON and the key in the Idempotency-Key header', () => {
			const destination = restDestination({ method: 'PUT', urlTemplate: 'https://x/api/contacts/{{id}}' });
			const prepared = destination.prepare(items([{ id: 'a/1', name: 'Ada' }]), { now });
			expect(prepared.requests).toEqual([
				{ request: { method: 'PUT', url: 'https://x/api/contacts/a%2F1', body: { id: 'a/1', name: 'Ada' }, headers: { 'Idempotency-Key': 'key-0' } }, items: [expect.objectContaining({ index: 0 })] },
			]);
			expect(destination.maxBatchSize).toBe(1);
		});

		it('uses the body template, the configured header, or the run’s header', () => {
			const destination = restDestination({ urlTemplate: 'https://x/api/c', bodyTemplate: '{"contact": {"mail": {{email}}, "note": "from {{src}}"}}', idempotencyHeader: 'X-Request-Id' });
			const [prepared] = destination.prepare(items([{ email: 'a@b.co', src: 'csv' }]), { now }).requests;
			expect(prepared.request.body).toEqual({ contact: { mail: 'a@b.co', note: 'from csv' } });
			expect(prepared.request.headers).toEqual({ 'X-Request-Id': 'key-0' });
			const [overridden] = destination.prepare(items([{ email: 'a@b.co' }]), { now, idempotencyHeader: 'Key' }).requests;
			expect(overridden.request.headers).toEqual({ Key: 'key-0' });
		});

		it('sends a form with nested values as JSON text, or one NDJSON line', () => {
			const form = restDestination({ urlTemplate: 'https://x/f', format: 'form' }).prepare(items([{ a: 1, b: { c: 2 }, d: null }]), { now }).requests[0].request;
			expect(form).toMatchObject({ body: { a: '1', b: '{"c":2}' }, form: true });
			const line = restDestination({ urlTemplate: 'https://x/n', format: 'ndjson' }).prepare(items([{ a: 1 }]), { now }).requests[0].request;
			expect(line).toMatchObject({ body: '{"a":1}\n', headers: { 'content-type': 'application/x-ndjson', 'Idempotency-Key': 'key-0' } });
		});

		it('turns away a record the URL cannot be built for, and sends the others', () => {
			const prepared = restDestination({ urlTemplate: 'https://x/api/contacts/{{id}}' }).prepare(items([{ name: 'no id' }, { id: 2 }]), { now });
			expect(prepared.rejected).toEqual([{ item: expect.objectContaining({ index: 0 }), error: { code: 'BAD_RECORD', message: 'The URL needs the field "id", which is missing or empty' } }]);
			expect(prepared.requests.map((r) => r.request.url)).toEqual(['https://x/api/contacts/2']);
		});

		it('reads the answer: 201 created, the id at responseIdPath', () => {
			const destination = restDestination({ urlTemplate: 'https://x/c', responseIdPath: 'data.id' });
			expect(destination.interpret(answer(201, { data: { id: 'c_9' } }), items([{}]))).toEqual([{ status: 'created', destinationId: 'c_9', response: { data: { id: 'c_9' } } }]);
			expect(destination.interpret(answer(200, ''), items([{}]))[0].status).toBe('updated');
		});
	});

	describe('batches', () => {
		const destination = restDestination({ urlTemplate: 'https://x/api/contacts/batch', mode: 'batch', maxBatchSize: 500 });

		it('sends one JSON array with each record’s key in `idempotencyKey`, and no batch header', () => {
			const [prepared] = destination.prepare(items([{ id: 1 }, { id: 2 }]), { now }).requests;
			expect(prepared.request).toEqual({
				method: 'POST',
				url: 'https://x/api/contacts/batch',
				body: [
					{ id: 1, idempotencyKey: 'key-0' },
					{ id: 2, idempotencyKey: 'key-1' },
				],
				headers: {},
			});
			expect(prepared.items).toHaveLength(2);
			expect(destination.maxBatchSize).toBe(500);
		});

		it('wraps the records in a field, names the key field as asked, or writes NDJSON', () => {
			const wrapped = restDestination({ urlTemplate: 'https://x/b', mode: 'batch', batchField: 'records', idempotencyField: 'messageId' });
			expect(wrapped.prepare(items([{ id: 1 }]), { now }).requests[0].request.body).toEqual({ records: [{ id: 1, messageId: 'key-0' }] });
			const lines = restDestination({ urlTemplate: 'https://x/b', mode: 'batch', format: 'ndjson' });
			expect(lines.prepare(items([{ id: 1 }, { id: 2 }]), { now }).requests[0].request).toMatchObject({
				body: '{"id":1,"idempotencyKey":"key-0"}\n{"id":2,"idempotencyKey":"key-1"}\n',
				headers: { 'content-type': 'application/x-ndjson' },
			});
		});

		it('sends the batch to batchUrl and keeps records whose template fails out of it', () => {
			const templated = restDestination({ urlTemplate: 'https://x/one/{{id}}', batchUrl: 'https://x/many', mode: 'batch', bodyTemplate: '{"n": {{n}}}' });
			const prepared = templated.prepare(items([{ n: 1 }, { n: 10n }]), { now });
			expect(prepared.requests[0].request).toMatchObject({ url: 'https://x/many', body: [{ n: 1, idempotencyKey: 'key-0' }] });
			expect(prepared.rejected.map((r) => [r.item.index, r.error.code])).toEqual([[1, 'BAD_RECORD']]);
		});

		it('reads per-record results', () => {
			const outcomes = destination.interpret(answer(207, { results: [{ index: 0, id: 'a', status: 'created' }, { index: 1, error: { code: 'x', message: 'no', status: 500 } }] }), items([{}, {}]));
			expect(outcomes.map((o) => o.status)).toEqual(['created', 'failed']);
			expect(outcomes[1].error?.retryable).toBe(true);
		});
	});

	it('refuses settings that cannot work', () => {
		expect(() => restDestination({ urlTemplate: 'ftp://x' })).toThrow(/http/);
		expect(() => restDestination({ urlTemplate: 'https://x', bodyTemplate: '{"a": {{a}}' })).toThrow(/not valid JSON/);
		expect(() => restDestination({ urlTemplate: 'https://x', mode: 'batch', format: 'form' })).toThrow(/form body holds one record/);
		expect(() => restDestination({ urlTemplate: 'https://x/{{id}}', mode: 'batch' })).toThrow(/placeholder/);
		expect(() => restDestination({ urlTemplate: 'https://x', mode: 'batch', maxBatchSize: 0 })).toThrow(/at least 1/);
		expect(() => restDestination({ urlTemplate: 'https://x', format: 'xml' as 'json' })).toThrow(/json, ndjson, form/);
	});

	it('labels runs by everything that shapes the requests', () => {
		const a = restDestination({ urlTemplate: 'https://x/{{id}}' }).label;
		expect(restDestination({ urlTemplate: 'https://x/{{id}}', method: 'PUT' }).label).not.toBe(a);
		expect(restDestination({ urlTemplate: 'https://x/{{id}}', bodyTemplate: '{{name}}' }).label).not.toBe(a);
		expect(restDestination({ urlTemplate: 'https://x/{{id}}' }).label).toBe(a);
	});
});

import { createHash } from 'node:crypto';
import { FormatError } from '../core/formatError';
import { parseGenericEvents, type GenericEventsOptions } from './parseGenericEvents';

function errorOf(body: string, options?: GenericEventsOptions): Error {
	try {
		parseGenericEvents(body, options);
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected parseGenericEvents to throw');
}

describe('parseGenericEvents', () => {
	it('reads a single event object with its id from a nested field (Pipedrive-style)', () => {
		const body = '{"meta":{"id":"9f1","action":"updated","object":"person"},"current":{"id":42,"name":"Ada"}}';
		expect(parseGenericEvents(body, { idField: 'meta.id' })).toEqual([{ eventId: '9f1', raw: JSON.parse(body) }]);
	});

	it('reads a list of events, at a path or as the body itself, with numeric ids as text', () => {
		expect(parseGenericEvents('{"data":{"events":[{"id":1},{"id":2}]}}', { eventsPath: 'data.events', idField: 'id' }).map((event) => event.eventId)).toEqual(['1', '2']);
		expect(parseGenericEvents(Buffer.from('[{"id":"a"},{"id":"b"}]'), { idField: 'id' }).map((event) => event.eventId)).toEqual(['a', 'b']);
		expect(parseGenericEvents('{"data":{"id":"only"}}', { eventsPath: 'data', idField: 'id' })).toEqual([{ eventId: 'only', raw: { id: 'only' } }]);
		expect(parseGenericEvents('[]')).toEqual([]);
	});

	it('ids events without an id field by a hash of their content, whatever the key order', () => {
		const [first] = parseGenericEvents('{"type":"lead.updated","lead":{"id":5,"email":"a@example.com"}}');
		const [same] = parseGenericEvents('{ "lead": { "email": "a@example.com", "id": 5 }, "type": "lead.updated" }');
		const [other] = parseGenericEvents('{"type":"lead.updated","lead":{"id":6,"email":"a@example.com"}}');
		expect(first.eventId).toMatch(/^[0-9a-f]{64}$/);
		expect(same.eventId).toBe(first.eventId);
		expect(other.eventId).not.toBe(first.eventId);
		expect(first.eventId).toBe(createHash('sha256').update('{"lead":{"email":"a@example.com","id":5},"type":"lead.updated"}').digest('hex'));
	});

	it('names what is wrong with the body or the path', () => {
		expect(errorOf('{"items":[]}', { eventsPath: 'data' }).message).toBe('The webhook body has nothing at "data" (top-level keys: items); check the events path');
		expect(errorOf('[1]', { eventsPath: 'data' }).message).toBe('The webhook body has nothing at "data" (the body is a list); check the events path');
		expect(errorOf('{"data":"x"}', { eventsPath: 'data' }).message).toBe('"data" in the webhook body must be an event object or a list of them, found "x"');
		expect(errorOf('42').message).toBe('The webhook body must be an event object or a list of them, found 42');
		expect(errorOf('[{"id":1},null]').message).toBe('Webhook event 2 is null, not an object');
		expect(errorOf('<xml/>').message).toMatch(/^The webhook body is not JSON/);
		expect(errorOf('42')).toBeInstanceOf(FormatError);
	});

	it('names an event without its id', () => {
		expect(errorOf('[{"id":1},{"uuid":"x"}]', { idField: 'id' }).message).toBe('Webhook event 2 has no id at "id" (found undefined; its keys: uuid); check the id field');
		expect(errorOf('{"id":""}', { idField: 'id' }).message).toBe('Webhook event 1 has no id at "id" (found an empty text; its keys: id); check the id field');
		expect(errorOf('{"id":{"v":1}}', { idField: 'id' }).message).toBe('Webhook event 1 has no id at "id" (found an object; its keys: id); check the id field');
	});
});

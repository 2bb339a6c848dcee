import { FormatError } from '../core/formatError';
import { parseHubSpotEvents } from './parseHubSpotEvents';

// HubSpot's own example body (v1 request-validation page).
const HUBSPOT_EXAMPLE = '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';

function errorOf(body: string | Buffer): Error {
	try {
		parseHubSpotEvents(body);
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected parseHubSpotEvents to throw');
}

describe('parseHubSpotEvents', () => {
	it("reads HubSpot's example event", () => {
		expect(parseHubSpotEvents(HUBSPOT_EXAMPLE)).toEqual([
			{
				eventId: '1',
				subscriptionType: 'contact.creation',
				objectType: 'contacts',
				objectId: '123',
				occurredAt: '2019-07-26T04:00:00.000Z',
				changeFlag: 'NEW',
				changeSource: 'CRM',
				portalId: '62515',
				attemptNumber: 0,
				raw: JSON.parse(HUBSPOT_EXAMPLE)[0],
			},
		]);
	});

	it('reads a batch of mixed events in the order sent, from bytes too', () => {
		const body = JSON.stringify([
			{ eventId: 3, subscriptionType: 'contact.propertyChange', objectId: 51, occurredAt: 1717200000000, propertyName: 'email', propertyValue: 'zoë@example.com', attemptNumber: 2 },
			{ eventId: 1, subscriptionType: 'company.creation', objectId: 7, occurredAt: 1717199000000 },
			{ eventId: 2, subscriptionType: 'object.propertyChange', objectTypeId: '0-3', objectId: '88', occurredAt: '1717199500000', propertyName: 'amount', propertyValue: 1200 },
			{ eventId: 4, subscriptionType: 'contact.merge', primaryObjectId: 60, mergedObjectIds: [61], occurredAt: 1717200001000 },
			{ eventId: 5, subscriptionType: 'contact.associationChange', fromObjectId: 51, toObjectId: 7, occurredAt: 1717200002000 },
			{ eventId: 6, subscriptionType: 'object.creation', objectTypeId: '2-999', objectId: 1, occurredAt: 1717200003000 },
		]);
		const events = parseHubSpotEvents(Buffer.from(body, 'utf8'));
		expect(events.map((event) => [event.eventId, event.objectType, event.objectId])).toEqual([
			['3', 'contacts', '51'],
			['1', 'companies', '7'],
			['2', 'deals', '88'],
			['4', 'contacts', '60'],
			['5', 'contacts', '51'],
			['6', '2-999', '1'],
		]);
		expect(events[0]).toMatchObject({ propertyName: 'email', propertyValue: 'zoë@example.com', attemptNumber: 2, occurredAt: '2024-06-01T00:00:00.000Z' });
		expect(events[2]).toMatchObject({ propertyValue: '1200', occurredAt: '2024-05-31T23:51:40.000Z' });
		expect(events[1]).not.toHaveProperty('propertyName');
		expect(events[1]).not.toHaveProperty('portalId');
	});

	it('gives an event that names no record an empty objectId', () => {
		const [event] = parseHubSpotEvents('[{"eventId":"e-9","subscriptionType":"app.uninstall","occurredAt":"2024-06-01T00:00:00Z"}]');
		expect(event).toMatchObject({ eventId: 'e-9', objectId: '', objectType: 'apps', occurredAt: '2024-06-01T00:00:00.000Z' });
	});

	it('reads an empty batch as no events', () => {
		expect(parseHubSpotEvents('[]')).toEqual([]);
	});

	it('names what it found when the body is not a JSON array of objects', () => {
		expect(errorOf('{"eventId":1,"subscriptionType":"contact.creation"}').message).toBe('The HubSpot webhook body must be a JSON array of events, found an object with keys eventId, subscriptionType');
		expect(errorOf('{}').message).toBe('The HubSpot webhook body must be a JSON array of events, found an object with keys (none)');
		expect(errorOf('"events"').message).toBe('The HubSpot webhook body must be a JSON array of events, found "events"');
		expect(errorOf('null').message).toBe('The HubSpot webhook body must be a JSON array of events, found null');
		expect(errorOf('[{"eventId":1,"subscriptionType":"contact.creation","occurredAt":1},[2]]').message).toBe('HubSpot webhook event 2 is a list, not an object');
		expect(errorOf('not json').message).toMatch(/^The HubSpot webhook body is not JSON \(.+\): "not json"$/);
		expect(errorOf('').message).toBe('The HubSpot webhook body is empty');
		expect(errorOf('[1]')).toBeInstanceOf(FormatError);
	});

	it('names an event without an id, a subscription type or a time', () => {
		expect(errorOf('[{"subscriptionType":"contact.creation","occurredAt":1}]').message).toBe('HubSpot webhook event 1 has no eventId (found undefined)');
		expect(errorOf('[{"eventId":null,"subscriptionType":"contact.creation","occurredAt":1}]').message).toBe('HubSpot webhook event 1 has no eventId (found null)');
		expect(errorOf('[{"eventId":7,"occurredAt":1}]').message).toBe('HubSpot webhook event 1 (eventId 7) has no subscriptionType (found undefined)');
		expect(errorOf('[{"eventId":7,"subscriptionType":"contact.creation","occurredAt":"soon"}]').message).toBe('HubSpot webhook event 1 (eventId 7) has no valid occurredAt (found "soon")');
		expect(errorOf('[{"eventId":7,"subscriptionType":"contact.creation","occurredAt":1e300}]').message).toBe('HubSpot webhook event 1 (eventId 7) has no valid occurredAt (found 1e+300)');
	});
});

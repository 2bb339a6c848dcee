import { hubSpotObjectType } from './hubSpotObjectType';

describe('hubSpotObjectType', () => {
	it('pluralises the object of a legacy subscription type', () => {
		expect(hubSpotObjectType('contact.propertyChange')).toBe('contacts');
		expect(hubSpotObjectType('contact.creation')).toBe('contacts');
		expect(hubSpotObjectType('company.deletion')).toBe('companies');
		expect(hubSpotObjectType('deal.associationChange')).toBe('deals');
		expect(hubSpotObjectType('ticket.merge')).toBe('tickets');
		expect(hubSpotObjectType('line_item.restore')).toBe('line_items');
		expect(hubSpotObjectType('conversation.newMessage')).toBe('conversations');
	});

	it('names standard types of generic subscriptions by their type id and keeps custom ids', () => {
		expect(hubSpotObjectType('object.propertyChange', '0-1')).toBe('contacts');
		expect(hubSpotObjectType('object.creation', '0-2')).toBe('companies');
		expect(hubSpotObjectType('object.creation', '0-5')).toBe('tickets');
		expect(hubSpotObjectType('object.creation', '2-7654321')).toBe('2-7654321');
		expect(hubSpotObjectType('object.creation', 'constructor')).toBe('constructor');
	});

	it('falls back to the plural of the prefix without a type id', () => {
		expect(hubSpotObjectType('object.creation')).toBe('objects');
		expect(hubSpotObjectType('Contact.Creation')).toBe('contacts');
		expect(hubSpotObjectType('')).toBe('');
		expect(hubSpotObjectType('day.x')).toBe('days');
	});
});

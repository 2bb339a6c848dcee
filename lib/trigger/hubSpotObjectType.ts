/** HubSpot's ids of standard object types, as generic (`object.*`) subscriptions report them. */
const STANDARD_TYPE_IDS: Record<string, string> = {
	'0-1': 'contacts',
	'0-2': 'companies',
	'0-3': 'deals',
	'0-5': 'tickets',
	'0-7': 'products',
	'0-8': 'line_items',
	'0-14': 'quotes',
	'0-27': 'tasks',
	'0-46': 'notes',
	'0-47': 'meetings',
	'0-48': 'calls',
	'0-49': 'emails',
};

/**
 * The CRM v3 object type (the plural the objects API and CRM Source use) an event is about, so
 * the trigger can fetch the record: the singular before the dot of a legacy subscription type,
 * pluralised (`contact.propertyChange` → `contacts`, `company.creation` → `companies`,
 * `line_item.deletion` → `line_items`); for a generic `object.*` subscription, the event's
 * `objectTypeId`, by name for the standard types and as is for custom ones (`2-123`, which the
 * objects API accepts too). Sources: HubSpot's webhook subscription types and its changelog
 * "Public Beta: Generic Webhook Subscriptions" (objectTypeId in raw id format, e.g. 0-1).
 *
 * @example
 * hubSpotObjectType('contact.propertyChange'); // 'contacts'
 * hubSpotObjectType('object.creation', '0-3'); // 'deals'
 * hubSpotObjectType('object.creation', '2-7654321'); // '2-7654321'
 */
export function hubSpotObjectType(subscriptionType: string, objectTypeId?: string): string {
	const prefix = subscriptionType.split('.')[0].trim().toLowerCase();
	if (prefix === 'object' && objectTypeId !== undefined && objectTypeId !== '') return Object.hasOwn(STANDARD_TYPE_IDS, objectTypeId) ? STANDARD_TYPE_IDS[objectTypeId] : objectTypeId;
	if (prefix === '') return '';
	return /[^aeiou]y$/.test(prefix) ? `${prefix.slice(0, -1)}ies` : `${prefix}s`;
}

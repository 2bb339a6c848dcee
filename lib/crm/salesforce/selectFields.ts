import { soqlIdentifier } from './soqlIdentifier';

// Fields every object has (or that name the record), so a read without properties is useful
// and the incremental read always has its cursor field.
const NAME_FIELDS: Record<string, string[]> = {
	Contact: ['FirstName', 'LastName', 'Email', 'Phone'],
	Lead: ['FirstName', 'LastName', 'Email', 'Phone'],
	// Cases have no Name field; SELECT Name FROM Case is refused.
	Case: ['CaseNumber', 'Subject'],
};
const SYSTEM_FIELDS = ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'];

/**
 * The fields a query selects: Id, the object's name fields (FirstName, LastName, Email and Phone
 * for Contact and Lead; CaseNumber and Subject for Case; Name otherwise), CreatedDate,
 * LastModifiedDate and SystemModstamp, then the requested properties. Each name is validated;
 * repeats (in any letter case, which SOQL refuses as duplicates) are left out.
 *
 * @example
 * selectFields('Account', ['Industry', 'name']); // ['Id', 'Name', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'Industry']
 */
export function selectFields(objectType: string, properties: readonly string[] = []): string[] {
	const fields: string[] = [];
	const seen = new Set<string>();
	for (const field of ['Id', ...(NAME_FIELDS[objectType] ?? ['Name']), ...SYSTEM_FIELDS, ...properties]) {
		const name = soqlIdentifier(typeof field === 'string' ? field.trim() : field, 'field');
		if (seen.has(name.toLowerCase())) continue;
		seen.add(name.toLowerCase());
		fields.push(name);
	}
	return fields;
}

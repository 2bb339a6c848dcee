import { CrmApiError } from '../http/CrmApiError';

// A SOQL name: standard (`Email`), custom (`Score__c`, `ns__Score__c`) or a relationship path
// (`Account.Name`, `Parent__r.Name`). Nothing else may reach a query, so names from the editor
// can never add SOQL of their own.
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/**
 * Returns `name` if it is a valid SOQL field or object name (letters, digits and underscores,
 * starting with a letter; dots between relationship names), else throws a BAD_REQUEST
 * CrmApiError naming it. `what` says what the name is, for the message.
 *
 * @example
 * soqlIdentifier('Account.Name', 'field'); // 'Account.Name'
 * soqlIdentifier("Name' OR Id != '", 'field'); // throws: Salesforce field name "Name' OR Id != '" is not valid: …
 */
export function soqlIdentifier(name: string, what: 'field' | 'object'): string {
	if (typeof name !== 'string' || !IDENTIFIER.test(name) || (what === 'object' && name.includes('.'))) {
		const shown = typeof name === 'string' ? JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name) : String(name);
		const rule = what === 'object' ? 'letters, digits and underscores, starting with a letter (custom objects end in __c)' : 'letters, digits and underscores, starting with a letter, with dots between relationship names (e.g. Account.Name)';
		throw new CrmApiError(`Salesforce ${what} name ${shown} is not valid: use ${rule}`, { code: 'BAD_REQUEST' });
	}
	return name;
}

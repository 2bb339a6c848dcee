import { CrmApiError } from '../http/CrmApiError';
import { toIsoInstant } from './toIsoInstant';

/**
 * Writes an ISO 8601 date-time as a SOQL date-time literal (unquoted, UTC): whole seconds as
 * `YYYY-MM-DDThh:mm:ssZ`, the form Salesforce documents, and milliseconds only when there are
 * some. `what` names the value in the BAD_REQUEST error thrown for text that is not a date-time.
 *
 * @example
 * soqlDateTime('2024-03-01T10:00:00.000Z', 'cursor'); // '2024-03-01T10:00:00Z'
 * soqlDateTime('2024-03-01T12:00:00.250+02:00', 'upper bound'); // '2024-03-01T10:00:00.250Z'
 */
export function soqlDateTime(iso: string, what: string): string {
	const instant = toIsoInstant(iso);
	if (instant === null) {
		throw new CrmApiError(`Salesforce ${what} ${JSON.stringify(String(iso).slice(0, 60))} is not an ISO 8601 date-time with a time zone (e.g. 2024-03-01T10:00:00Z)`, { code: 'BAD_REQUEST' });
	}
	return instant.endsWith('.000Z') ? `${instant.slice(0, -5)}Z` : instant;
}

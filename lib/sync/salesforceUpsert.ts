import { isPlainObject } from '../restructure/isPlainObject';
import { parseJson } from '../crm/http/parseJson';
import { dataPath } from '../crm/salesforce/dataPath';
import type { CrmResponse } from '../crm/types';
import { keyedItems } from './keyedItems';
import type { PreparedBatch, RecordOutcome, SyncDestination } from './types';

export interface SalesforceUpsertConfig {
	/** REST API version such as '62.0' (at least 46.0 for collection upserts). Default '62.0'. */
	apiVersion?: string;
	/** The sObject, e.g. 'Contact' or 'Invoice__c'. */
	objectType: string;
	/** The external-id field records are matched on, e.g. 'External_Id__c'. */
	externalIdField: string;
	/** The record fields sent; default all top-level fields but `attributes` and `Id`. */
	fields?: string[];
}

/** Salesforce's limit for sObject Collections. */
const MAX_RECORDS = 200;

/**
 * A Salesforce destination: sObject Collections upsert, `PATCH /services/data/vXX.X/composite/
 * sobjects/{objectType}/{externalIdField}` with up to 200 records and `allOrNone: false`, so one
 * bad record fails alone. The upsert by external id is idempotent in itself (Salesforce takes no
 * idempotency header); each answer `{ id, success, created, errors }` gives the record's outcome,
 * in the order sent. The path starts with `/services/`: the Salesforce session sends it to the
 * instance URL with the token.
 *
 * @example
 * const destination = salesforceUpsert({ objectType: 'Contact', externalIdField: 'External_Id__c' });
 * await syncRecords(rows, destination, { request: salesforceSession(fetchRequest(), credentials).request });
 */
export function salesforceUpsert(config: SalesforceUpsertConfig): SyncDestination {
	for (const [what, name] of [
		['object type', config.objectType],
		['external id field', config.externalIdField],
	]) {
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`Salesforce ${what} "${name}" is not a valid API name`);
	}
	const url = `${dataPath(config)}/composite/sobjects/${config.objectType}/${config.externalIdField}`;
	const label = `Salesforce PATCH ${url}`;
	const fieldsOf = (record: Record<string, unknown>): Record<string, unknown> => {
		const out: Record<string, unknown> = {};
		for (const name of config.fields ?? Object.keys(record)) {
			if (name !== 'attributes' && name !== 'Id' && Object.hasOwn(record, name)) out[name] = record[name];
		}
		return out;
	};

	return {
		name: 'Salesforce',
		label: `salesforce:${url}:${(config.fields ?? []).join(',')}`,
		maxBatchSize: MAX_RECORDS,
		defaultBatchSize: MAX_RECORDS,
		secretHeaders: [],
		secrets: [],
		prepare(items): PreparedBatch {
			const { accepted, rejected } = keyedItems(items, (item) => item.record[config.externalIdField], `the external id field "${config.externalIdField}"`);
			if (accepted.length === 0) return { requests: [], rejected };
			const records = accepted.map(({ item, id }) => ({ attributes: { type: config.objectType }, ...fieldsOf(item.record), [config.externalIdField]: id }));
			return { requests: [{ request: { method: 'PATCH', url, body: { allOrNone: false, records } }, items: accepted.map((a) => a.item) }], rejected };
		},
		interpret(response: CrmResponse, items): RecordOutcome[] {
			const body = parseJson(response, label);
			const answers = Array.isArray(body) ? body : [];
			return items.map((_item, at): RecordOutcome => {
				const answer = answers[at];
				if (!isPlainObject(answer)) {
					return { status: 'failed', error: { code: 'UNANSWERED', message: `Salesforce answered ${answers.length} results for ${items.length} records; this record may not have been written` } };
				}
				if (answer.success === true) {
					return { status: answer.created === true ? 'created' : 'updated', destinationId: typeof answer.id === 'string' ? answer.id : undefined, response: answer };
				}
				const errors = (Array.isArray(answer.errors) ? answer.errors : []).filter(isPlainObject);
				const code = typeof errors[0]?.statusCode === 'string' ? errors[0].statusCode : 'REJECTED';
				const message = errors.map((e) => `${String(e.message ?? 'refused')}${typeof e.statusCode === 'string' ? ` (${e.statusCode})` : ''}`).join('; ');
				return { status: 'failed', error: { code, message: `Salesforce: ${message === '' ? 'the record was refused' : message}` }, response: answer };
			});
		},
	};
}

import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readPath } from '../../../lib/restructure';
import { syncRecords, type SyncRecordResult } from '../../../lib/sync';
import { credentialRequest } from '../../shared/credentialRequest';
import { optionsCollection } from '../../shared/optionsCollection';
import { splitList } from '../../shared/splitList';
import { checkpointFile } from '../helpers/checkpointFile';
import { CREDENTIAL_TYPES, destinationFor, type DestinationKind } from '../helpers/destinationFor';
import { destinationProperties } from '../helpers/descriptions';

export const description: INodeProperties[] = [
	...destinationProperties,
	{
		displayName: 'Record Key Field',
		name: 'keyField',
		type: 'string',
		default: 'id',
		description: 'The field that identifies a record across runs (for change detection, and for idempotency keys taken from a field)',
	},
	optionsCollection([
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'Records per request to a batch endpoint (capped at what the destination takes: HubSpot 100, Salesforce 200); with one request per record, records between checkpoints',
		},
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 4,
			description: 'Requests in flight at once, across batches',
		},
		{
			displayName: 'Rate Limit (Requests)',
			name: 'rateLimitRequests',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'At most this many requests per interval; 0 for no limit',
		},
		{
			displayName: 'Rate Limit Interval (Seconds)',
			name: 'rateLimitSeconds',
			type: 'number',
			typeOptions: { minValue: 0.001 },
			default: 1,
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 5,
			description: 'Retries after a rate limit (waiting as the service asks), a server error, a dropped connection or a timeout',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
		},
		{
			displayName: 'Idempotency Key',
			name: 'idempotency',
			type: 'options',
			options: [
				{ name: 'Content Hash', value: 'hash', description: 'The same record content is the same request' },
				{ name: 'Record Key Field', value: 'field' },
			],
			default: 'hash',
			description: 'Sent with each record so the service can ignore a repeat of a request it already carried out',
		},
		{
			displayName: 'Idempotency Header',
			name: 'idempotencyHeader',
			type: 'string',
			default: 'Idempotency-Key',
		},
		{
			displayName: 'Send Only Changed Records',
			name: 'changeDetection',
			type: 'boolean',
			default: true,
			description: 'Whether to skip records whose content is the same as at the last successful sync (hashes kept in the workflow\'s static data)',
		},
		{
			displayName: 'Force Full Sync',
			name: 'forceFull',
			type: 'boolean',
			default: false,
			description: 'Whether to send every record this time, changed or not',
		},
		{
			displayName: 'Dry Run',
			name: 'dryRun',
			type: 'boolean',
			default: false,
			description: 'Whether to only show the requests that would be sent, and send nothing',
		},
		{
			displayName: 'Response Fields to Merge',
			name: 'responseFields',
			type: 'string',
			default: '',
			placeholder: 'e.g. ID, external_ref',
			description: 'Fields of the service\'s answer copied into each output item (dotted paths), so the CRM side can be updated with them',
		},
		{
			displayName: 'Resume After a Crash',
			name: 'checkpoint',
			type: 'boolean',
			default: true,
			description: 'Whether to remember, after every acknowledged batch, where the sync got to (in a file of n8n\'s user folder), so a run killed midway goes on from there',
		},
	]),
];

/** The output item of one record: the record, what the service answered, and how it went. */
function resultItem(record: IDataObject, result: SyncRecordResult, responseFields: string[], item: number): INodeExecutionData {
	const json: IDataObject = { ...record };
	const response = result.response;
	if (response !== null && typeof response === 'object' && !Array.isArray(response)) {
		for (const field of responseFields) {
			const lookup = readPath(response as IDataObject, field);
			if (lookup.found) json[field.split('.').pop()!] = lookup.value as IDataObject;
		}
	}
	json._sync = { status: result.status, destinationId: result.destinationId ?? null, ...(result.error ? { error: result.error } : {}) };
	return { json, pairedItem: { item } };
}

/**
 * Sends every input item to the destination: changed ones only (by content hash), in batches,
 * with a concurrency and a rate limit, retries and an idempotency key per record, remembering
 * after each acknowledged batch where it got to. Output 1: one item per record with its status
 * (created, updated, unchanged), destination ID and chosen answer fields; output 2: the records
 * that failed after retries, with the error.
 */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const kind = this.getNodeParameter('destination', 0) as DestinationKind;
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const keyField = (this.getNodeParameter('keyField', 0, 'id') as string) || 'id';
	const destination = await destinationFor(this, kind);
	const request = credentialRequest(this, CREDENTIAL_TYPES[kind], ((options.timeoutSeconds as number) || 60) * 1000, kind === 'salesforce' || kind === 'rest');
	const staticData = this.getWorkflowStaticData('node') as IDataObject;
	const hashKey = `${kind}:${destination.label}`;
	const hashes = (staticData.hashes ??= {}) as Record<string, Record<string, string>>;
	const dryRun = options.dryRun === true;
	const checkpoint = options.checkpoint === false || dryRun ? undefined : checkpointFile(this.getWorkflow().id ?? '', this.getNode().id ?? this.getNode().name);
	const rateLimitRequests = (options.rateLimitRequests as number) || 0;
	const records = items.map((item) => item.json);

	let result;
	try {
		result = await syncRecords(records, destination, {
			request,
			retry: { maxRetries: (options.maxRetries as number | undefined) ?? 5 },
			batchSize: (options.batchSize as number) || undefined,
			concurrency: (options.concurrency as number) || 4,
			rateLimit: rateLimitRequests > 0 ? { requests: rateLimitRequests, intervalMs: ((options.rateLimitSeconds as number) || 1) * 1000 } : undefined,
			idempotency: {
				mode: options.idempotency === 'field' ? 'field' : 'hash',
				field: keyField,
				header: (options.idempotencyHeader as string) || 'Idempotency-Key',
			},
			changeDetection:
				options.changeDetection === false ? undefined : { previous: hashes[hashKey] ?? {}, keyField, force: options.forceFull === true },
			checkpoint,
			dryRun,
		});
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message, { description: 'The records acknowledged before this error are remembered; the next run goes on after them.' });
	}

	if (dryRun) {
		const pairedItem = items.map((_, item) => ({ item }));
		return [(result.dryRun ?? []).map((sent) => ({ json: { dryRun: true, ...sent } as unknown as IDataObject, pairedItem })), []];
	}
	if (options.changeDetection !== false) hashes[hashKey] = result.hashes;
	await checkpoint?.clear();

	const responseFields = splitList(options.responseFields);
	const synced: INodeExecutionData[] = [];
	const failed: INodeExecutionData[] = [];
	for (const outcome of result.results) {
		const item = resultItem(records[outcome.index], outcome, responseFields, outcome.index);
		(outcome.status === 'failed' ? failed : synced).push(item);
	}
	const count = (status: string) => result.results.filter((r) => r.status === status).length;
	this.addExecutionHints({
		message: `${records.length} records: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${failed.length} failed; ${result.requests} requests${result.resumed ? `; resumed after ${result.resumed.acknowledgedBatches} acknowledged batches` : ''}`,
		location: 'outputPane',
	});
	return [synced, failed];
}

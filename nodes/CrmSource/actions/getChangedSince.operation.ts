import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { ChangeCursor } from '../../../lib/crm/types';
import { splitList } from '../../shared/splitList';
import { connectorFor } from '../helpers/connector';
import { crmNodeError } from '../helpers/nodeError';
import { outputRecord } from '../helpers/outputRecord';

const properties: INodeProperties[] = [
	{
		displayName: 'Since',
		name: 'cursorFrom',
		type: 'options',
		options: [
			{
				name: 'Last Run (Remembered by This Node)',
				value: 'stored',
				description: 'Each run reads what changed since the last successful run',
			},
			{ name: 'A Given Date', value: 'parameter' },
		],
		default: 'stored',
	},
	{
		displayName: 'First Run',
		name: 'firstRun',
		type: 'options',
		options: [
			{ name: 'Everything', value: 'everything', description: 'Read all records, then only changes' },
			{ name: 'From a Date', value: 'date' },
			{ name: 'From Now', value: 'now', description: 'Read nothing the first time, only later changes' },
		],
		default: 'everything',
		displayOptions: { show: { cursorFrom: ['stored'] } },
	},
	{
		displayName: 'Date',
		name: 'sinceDate',
		type: 'dateTime',
		default: '',
		description: 'Records changed after this instant',
		displayOptions: { show: { cursorFrom: ['parameter'] } },
	},
	{
		displayName: 'First Run Date',
		name: 'firstRunDate',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { cursorFrom: ['stored'], firstRun: ['date'] } },
	},
	{
		displayName: 'After Record ID',
		name: 'sinceId',
		type: 'string',
		default: '',
		description: 'With records sharing the date: only those after this ID (the cursor is the pair of date and ID)',
		displayOptions: { show: { cursorFrom: ['parameter'] } },
	},
];

export const description = updateDisplayOptions({ show: { operation: ['getChangedSince'] } }, properties);

/** ISO 8601 text of an n8n date parameter ('' stays ''). */
function isoOf(value: unknown): string {
	if (!value) return '';
	const date = new Date(String(value));
	return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * The records changed since the cursor, read once per run (not per input item) in (updated-at,
 * ID) order up to a bound fixed when the read starts. With "Last Run" the cursor is kept in the
 * workflow's static data under the CRM and object, and moves only when the read succeeded (or,
 * with Continue On Fail, to the last page delivered), so a failed or killed run loses nothing:
 * the next run reads again from the last cursor.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const connector = await connectorFor(this, 0);
	const cursorFrom = this.getNodeParameter('cursorFrom', 0) as string;
	const staticData = this.getWorkflowStaticData('node') as IDataObject;
	const key = `${connector.crm}:${connector.objectType}`;
	const cursors = (staticData.cursors ??= {}) as Record<string, ChangeCursor>;
	let cursor: ChangeCursor | undefined;
	if (cursorFrom === 'parameter') {
		const updatedAt = isoOf(this.getNodeParameter('sinceDate', 0));
		if (!updatedAt) throw new NodeOperationError(this.getNode(), 'Set the date to read changes since');
		cursor = { updatedAt, id: String(this.getNodeParameter('sinceId', 0, '')).trim() };
	} else if (cursors[key]) {
		cursor = cursors[key];
	} else {
		const firstRun = this.getNodeParameter('firstRun', 0) as string;
		if (firstRun === 'now') {
			cursors[key] = { updatedAt: new Date().toISOString(), id: '' };
			this.addExecutionHints({ message: `First run: reading changes from now on (${cursors[key].updatedAt})`, location: 'outputPane' });
			return [];
		}
		if (firstRun === 'date') {
			const updatedAt = isoOf(this.getNodeParameter('firstRunDate', 0));
			if (!updatedAt) throw new NodeOperationError(this.getNode(), 'Set the first run date');
			cursor = { updatedAt, id: '' };
		}
	}
	const properties = splitList(this.getNodeParameter('properties', 0, ''));
	const delivered: Array<Record<string, unknown>> = [];
	let checkpoint = cursor;
	try {
		const result = await connector.readChangedSince({
			properties: properties.length ? properties : undefined,
			cursor,
			onPage: (records, pageCursor) => {
				delivered.push(...records);
				checkpoint = pageCursor;
			},
		});
		if (cursorFrom === 'stored') cursors[key] = result.cursor;
		this.addExecutionHints({
			message: `${result.records.length} changed records up to ${result.upperBound}; next read starts after ${result.cursor.updatedAt}${result.cursor.id ? ` / ${result.cursor.id}` : ''}`,
			location: 'outputPane',
		});
		return result.records.map((record) => ({ json: outputRecord(this, connector, record, 0), pairedItem: { item: 0 } }));
	} catch (error) {
		if (!this.continueOnFail()) throw crmNodeError(this, error as Error, 0);
		// Keep what was read: its records go out, and the cursor moves to the last page delivered.
		if (cursorFrom === 'stored' && checkpoint) cursors[key] = checkpoint;
		return [
			...delivered.map((record) => ({ json: outputRecord(this, connector, record, 0), pairedItem: { item: 0 } })),
			{ json: { error: (error as Error).message, recordsReadBeforeTheError: delivered.length }, pairedItem: { item: 0 } },
		];
	}
}

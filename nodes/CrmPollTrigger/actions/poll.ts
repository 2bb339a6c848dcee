import type { IDataObject, INode, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ChangeCursor } from '../../../lib/crm/types';
import { splitList } from '../../shared/splitList';
import { objectTypesFor, triggerConnector, type TriggerConnector, type TriggerCrm } from '../../CrmTrigger/helpers/connector';
import { triggerNodeError } from '../../CrmTrigger/helpers/nodeError';

type Row = Record<string, unknown>;

/** Thrown from `onPage` to end a manual test read once it has enough records. */
class SampleFull extends Error {}

/** ISO 8601 text of an n8n date parameter ('' stays ''). */
function isoOf(value: unknown): string {
	if (!value) return '';
	const date = new Date(String(value));
	return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * One poll: for each object type, the records changed since its cursor (the (updated-at, ID) pair
 * CRM Source's Get Changed Since keeps, under the same key in the node's static data), read up to
 * a bound fixed when the read starts. The cursors move only when every object type was read, and
 * n8n 2.x stores them with the execution the records start (or, when nothing changed, on their
 * own), so a failed poll loses nothing: the next one reads again from the old cursors.
 *
 * A manual test poll (the editor's "Fetch Test Event") reads at most "Test Sample Size" records
 * per object, those the next poll would emit first, or, when nothing is pending, any records, so
 * the shape shows; it never moves a cursor.
 */
export async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const node = this.getNode();
	const crm = this.getNodeParameter('crm') as TriggerCrm;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const normalised = options.normalised === true;
	const properties = splitList(this.getNodeParameter('properties', ''));
	const read = { properties: properties.length ? properties : undefined };
	const objectTypes = objectTypesFor(node, crm, this.getNodeParameter('resources', []) as string[], splitList(this.getNodeParameter('customObjects', '')));
	if (objectTypes.length === 0) throw new NodeOperationError(node, 'Choose at least one object to watch');
	const manual = this.getMode() === 'manual';
	const staticData = this.getWorkflowStaticData('node');
	const stored = (staticData.cursors ?? {}) as Record<string, ChangeCursor>;
	const moved: Record<string, ChangeCursor> = {};
	const items: INodeExecutionData[] = [];
	const output = (connector: TriggerConnector, records: Row[]) => {
		for (const record of records) items.push({ json: (normalised ? connector.normalise(record) : record) as IDataObject });
	};

	for (const objectType of objectTypes) {
		const key = `${crm}:${objectType}`;
		try {
			const connector = await triggerConnector(this, crm, objectType, options);
			let cursor: ChangeCursor | undefined = stored[key];
			if (!cursor) {
				const firstRun = this.getNodeParameter('firstRun', 'now') as string;
				if (firstRun === 'now') {
					moved[key] = { updatedAt: new Date().toISOString(), id: '' };
					if (manual) output(connector, await sample(node, connector, moved[key], read.properties, options));
					continue;
				}
				if (firstRun === 'date') {
					const updatedAt = isoOf(this.getNodeParameter('firstRunDate', ''));
					if (!updatedAt) throw new NodeOperationError(node, 'Set the first poll date');
					cursor = { updatedAt, id: '' };
				}
			}
			if (manual) {
				output(connector, await sample(node, connector, cursor, read.properties, options));
				continue;
			}
			const result = await connector.readChangedSince({ ...read, cursor });
			moved[key] = result.cursor;
			output(connector, result.records);
		} catch (error) {
			throw triggerNodeError(node, error as Error);
		}
	}

	const changed = Object.entries(moved).some(([key, cursor]) => stored[key]?.updatedAt !== cursor.updatedAt || stored[key]?.id !== cursor.id);
	if (!manual && changed) staticData.cursors = { ...stored, ...moved };
	return items.length > 0 ? [items] : null;
}

/** Up to `sampleSize` records: the first ones changed after `cursor`, or any when none are. */
async function sample(node: INode, connector: TriggerConnector, cursor: ChangeCursor | undefined, properties: string[] | undefined, options: IDataObject): Promise<Row[]> {
	const size = Math.max(1, Number(options.sampleSize) || 5);
	const records: Row[] = [];
	try {
		await connector.readChangedSince({
			properties,
			cursor,
			onPage: (page) => {
				records.push(...page);
				if (records.length >= size) throw new SampleFull();
			},
		});
	} catch (error) {
		if (!(error instanceof SampleFull)) throw triggerNodeError(node, error as Error);
	}
	if (records.length > 0) return records.slice(0, size);
	return await connector.listRecords({ properties, limit: size });
}

import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { splitList } from '../../shared/splitList';
import { connectorFor } from '../helpers/connector';
import { crmNodeError } from '../helpers/nodeError';
import { outputRecord } from '../helpers/outputRecord';

const properties: INodeProperties[] = [
	{
		displayName: 'Record ID',
		name: 'recordId',
		type: 'string',
		default: '',
		required: true,
		description: 'The CRM\'s ID of the record',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['get'] } }, properties);

/** One record per input item, by ID. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const connector = await connectorFor(this, i);
			const properties = splitList(this.getNodeParameter('properties', i, ''));
			const record = await connector.getRecord(String(this.getNodeParameter('recordId', i)).trim(), { properties: properties.length ? properties : undefined });
			out.push({ json: outputRecord(this, connector, record, i), pairedItem: { item: i } });
		} catch (error) {
			if (this.continueOnFail()) {
				out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
				continue;
			}
			throw crmNodeError(this, error as Error, i);
		}
	}
	return out;
}

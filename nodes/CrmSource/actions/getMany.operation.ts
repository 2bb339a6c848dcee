import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { CrmFilter } from '../../../lib/crm/connectorOptions';
import { connectorFor } from '../helpers/connector';
import { crmNodeError } from '../helpers/nodeError';
import { outputRecord } from '../helpers/outputRecord';
import { splitList } from '../../shared/splitList';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				values: [
					{ displayName: 'Field', name: 'field', type: 'string', default: '', placeholder: 'e.g. email' },
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: [
							{ name: 'Contains', value: 'contains' },
							{ name: 'Equals', value: 'eq' },
							{ name: 'Greater Than', value: 'gt' },
							{ name: 'Greater Than or Equal', value: 'gte' },
							{ name: 'Less Than', value: 'lt' },
							{ name: 'Less Than or Equal', value: 'lte' },
							{ name: 'Not Equals', value: 'neq' },
						],
						default: 'eq',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['getMany'] } }, properties);

/** The records of the resource (all, or up to the limit), optionally filtered, per input item. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const connector = await connectorFor(this, i);
			const returnAll = this.getNodeParameter('returnAll', i) as boolean;
			const filters = (this.getNodeParameter('filters.filter', i, []) as IDataObject[]).map(
				(f): CrmFilter => ({
					field: String(f.field ?? '').trim(),
					operator: (f.operator as CrmFilter['operator']) ?? 'eq',
					value: String(f.value ?? ''),
				}),
			);
			const properties = splitList(this.getNodeParameter('properties', i, ''));
			const records = await connector.listRecords({
				properties: properties.length ? properties : undefined,
				limit: returnAll ? undefined : (this.getNodeParameter('limit', i) as number),
				filters: filters.length ? filters : undefined,
			});
			for (const record of records) out.push({ json: outputRecord(this, connector, record, i), pairedItem: { item: i } });
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

import type { INodeProperties } from 'n8n-workflow';
import * as csv from './csv.operation';
import * as json from './json.operation';
import * as ndjson from './ndjson.operation';
import * as xml from './xml.operation';
import * as xlsx from './xlsx.operation';

export { csv, json, ndjson, xml, xlsx };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['itemsToFile'] } },
		options: [
			{ name: 'CSV or TSV', value: 'csv', action: 'Write items to a CSV or TSV file' },
			{ name: 'Excel (XLSX)', value: 'xlsx', action: 'Write items to an excel file' },
			{ name: 'JSON', value: 'json', action: 'Write items to a JSON file' },
			{ name: 'NDJSON (JSON Lines)', value: 'ndjson', action: 'Write items to an NDJSON file' },
			{ name: 'XML', value: 'xml', action: 'Write items to an XML file' },
		],
		default: 'csv',
	},
	...csv.description,
	...json.description,
	...ndjson.description,
	...xml.description,
	...xlsx.description,
];

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
		displayOptions: { show: { resource: ['fileToItems'] } },
		options: [
			{ name: 'CSV or TSV', value: 'csv', action: 'Read a CSV or TSV file into items' },
			{ name: 'Excel (XLSX)', value: 'xlsx', action: 'Read an excel sheet into items' },
			{ name: 'JSON', value: 'json', action: 'Read a JSON file into items' },
			{ name: 'NDJSON (JSON Lines)', value: 'ndjson', action: 'Read an NDJSON file into items' },
			{ name: 'XML', value: 'xml', action: 'Read an XML file into items' },
		],
		default: 'csv',
	},
	...csv.description,
	...json.description,
	...ndjson.description,
	...xml.description,
	...xlsx.description,
];

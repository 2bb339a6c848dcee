import type { INodeProperties } from 'n8n-workflow';
import { formatOperationProperty, withArticle } from '../../helpers/common.descriptions';
import * as csv from './csv.operation';
import * as json from './json.operation';
import * as ndjson from './ndjson.operation';
import * as xml from './xml.operation';
import * as xlsx from './xlsx.operation';

export { csv, json, ndjson, xml, xlsx };

export const description: INodeProperties[] = [
	formatOperationProperty('fileToItems', (format) => `Read ${withArticle(format)} file into items`),
	...csv.description,
	...json.description,
	...ndjson.description,
	...xml.description,
	...xlsx.description,
];

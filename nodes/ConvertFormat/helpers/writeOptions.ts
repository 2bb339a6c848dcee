import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { RecordFormat, WriteOptions } from '../../../lib/formats/records';
import { unescapeDelimiter } from './readOptions';
import { xmlWriteOptions } from './xml.descriptions';

const prettyJson: INodeProperties = {
	displayName: 'Pretty Print',
	name: 'pretty',
	type: 'boolean',
	default: false,
	description: 'Whether to indent the output so people can read it',
};

/** The writing options of each format, shared by "Items to File" and "Items to Text". */
export const writeOptionProperties: Record<RecordFormat, INodeProperties[]> = {
	csv: [
		{
			displayName: 'Add Byte Order Mark (BOM)',
			name: 'bom',
			type: 'boolean',
			default: false,
			description: 'Whether to start the file with a UTF-8 byte order mark, which helps Excel detect the encoding',
		},
		{
			displayName: 'Delimiter',
			name: 'delimiter',
			type: 'string',
			default: ',',
			description: 'Character between values, e.g. ; or \\t for a TSV file',
		},
		{
			displayName: 'Header Row',
			name: 'header',
			type: 'boolean',
			default: true,
			description: 'Whether to write the field names as the first row',
		},
		{
			displayName: 'Protect Against Formula Injection',
			name: 'neutraliseFormulas',
			type: 'boolean',
			default: true,
			description:
				"Whether to put a ' before values starting with =, +, -, @, tab or carriage return, so spreadsheet programs do not run them as formulas",
		},
	],
	json: [prettyJson],
	ndjson: [],
	xml: xmlWriteOptions,
	xlsx: [
		{
			displayName: 'Sheet Name',
			name: 'sheetName',
			type: 'string',
			default: 'Sheet1',
			description: 'Name of the sheet to write',
		},
	],
};

/** Turns the node's option collection into the library's write options. */
export function writeOptionsFor(format: RecordFormat, o: IDataObject): WriteOptions {
	const known = new Set(writeOptionProperties[format].map((p) => p.name));
	const options: IDataObject = {};
	for (const [key, value] of Object.entries(o)) if (known.has(key)) options[key] = value;
	if (typeof options.delimiter === 'string') options.delimiter = unescapeDelimiter(options.delimiter);
	return options as WriteOptions;
}

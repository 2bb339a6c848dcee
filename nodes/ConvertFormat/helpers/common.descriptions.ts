import type { INodeProperties } from 'n8n-workflow';

export const inputBinaryField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	placeholder: 'e.g. data',
	hint: 'The name of the input binary field containing the file to be read',
};

export const outputBinaryField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	placeholder: 'e.g. data',
	hint: 'The name of the output binary field to put the file in',
};

export const encodingOption: INodeProperties = {
	displayName: 'Encoding',
	name: 'encoding',
	type: 'options',
	options: [
		{ name: 'Latin-1 (ISO-8859-1)', value: 'latin1' },
		{ name: 'UTF-16 LE', value: 'utf-16le' },
		{ name: 'UTF-8', value: 'utf-8' },
		{ name: 'Windows-1252', value: 'windows-1252' },
	],
	default: 'utf-8',
	description: 'Character encoding of the file. A byte order mark, if present, is removed.',
};

export const replaceInvalidOption: INodeProperties = {
	displayName: 'Replace Invalid Characters',
	name: 'replaceInvalid',
	type: 'boolean',
	default: false,
	description:
		'Whether to replace bytes that are not valid in the encoding with � instead of failing with an error that names the line',
};

export const fileNameOption: INodeProperties = {
	displayName: 'File Name',
	name: 'fileName',
	type: 'string',
	default: '',
	placeholder: 'e.g. contacts.csv',
	description: 'Name of the output file. Defaults to "data" with the extension of the format.',
};

const FORMAT_NAMES = [
	{ name: 'CSV or TSV', value: 'csv' },
	{ name: 'Excel (XLSX)', value: 'xlsx' },
	{ name: 'JSON', value: 'json' },
	{ name: 'NDJSON (JSON Lines)', value: 'ndjson' },
	{ name: 'XML', value: 'xml' },
] as const;

/** "a CSV", "an XML": the article as the letter name is said (ex-em-el, en-dee-jay-son, Excel). */
export function withArticle(name: string): string {
	return `${/^[AEFHILMNORSX]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** The Operation selector of a file resource: one operation per format, `action(name)` saying what it does. */
export function formatOperationProperty(resource: string, action: (formatName: string) => string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: FORMAT_NAMES.map(({ name, value }) => ({ name, value, action: action(name.replace(/ \(.*\)$/, '')) })),
		default: 'csv',
	};
}

export const headerRowOption: INodeProperties = {
	displayName: 'Header Row',
	name: 'headerRow',
	type: 'boolean',
	default: true,
	description: 'Whether the first row holds the field names. If not, fields are named column_1, column_2, ….',
};

/**
 * A table of From → To pairs (field renames, value lookups), read back with
 * `getNodeParameter('<name>.<entryName>', i)` as `{ from, to }[]`.
 */
export function fromToTable(
	table: Pick<INodeProperties, 'displayName' | 'name' | 'placeholder'>,
	entry: { displayName: string; name: string; fromExample: string; toExample: string },
): INodeProperties {
	return {
		...table,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: entry.displayName,
				name: entry.name,
				values: [
					{ displayName: 'From', name: 'from', type: 'string', default: '', placeholder: `e.g. ${entry.fromExample}` },
					{ displayName: 'To', name: 'to', type: 'string', default: '', placeholder: `e.g. ${entry.toExample}` },
				],
			},
		],
	};
}

import type { IDataObject } from 'n8n-workflow';
import type { ReadOptions, RecordFormat } from '../../../lib/formats/records';

/**
 * Turns the node's option collection into the library's read options. The option names are the
 * library's where they can be; only the shapes a form field cannot hold are translated here.
 */
export function readOptionsFor(format: RecordFormat, o: IDataObject): ReadOptions {
	const options: ReadOptions = {};
	if (o.encoding) options.encoding = o.encoding as ReadOptions['encoding'];
	if (o.replaceInvalid) options.invalidEncoding = 'replace';
	if (format === 'csv') {
		options.delimiter = typeof o.delimiter === 'string' && o.delimiter !== '' ? unescapeDelimiter(o.delimiter) : 'auto';
		if (o.headerRow !== undefined) options.headerRow = o.headerRow as boolean;
		if (o.skipEmptyLines !== undefined) options.skipEmptyLines = o.skipEmptyLines as boolean;
	}
	if (format === 'json' && o.path) options.path = o.path as string;
	if (format === 'xml') {
		if (o.itemPath) options.itemPath = o.itemPath as string;
		if (o.alwaysArray) options.alwaysArray = splitList(o.alwaysArray as string);
	}
	if (format === 'xlsx') {
		if (o.headerRow !== undefined) options.headerRow = o.headerRow as boolean;
		if (o.sheet !== undefined && o.sheet !== '') options.sheet = /^\d+$/.test(String(o.sheet)) ? Number(o.sheet) : String(o.sheet);
	}
	return options;
}

/** "\t" typed into a form field arrives as two characters; people mean the tab. */
export function unescapeDelimiter(value: string): string {
	return value === '\\t' ? '\t' : value;
}

export function splitList(value: string): string[] {
	return value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

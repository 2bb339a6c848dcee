import { FormatError } from '../../core/formatError';
import type { InputLimits } from '../../core/limits';
import { resolveLimits } from '../../core/limits';
import type { Row } from '../../core/record';
import { exceedsUtf8Bytes, inputTooLarge } from '../text/inputTooLarge';
import { jsonSyntaxError } from './jsonSyntaxError';
import { toRecord } from './toRecord';

export interface ParseJsonOptions {
	/** Dotted path of the record list inside the document (`data.contacts`, `result[0].rows`). */
	path?: string;
	limits?: Partial<InputLimits>;
}

/**
 * Reads the records of a JSON document: the document itself when it is a list, or the list at
 * `path`. An object (at the path or as the document) is one record; a list entry that is not an
 * object becomes `{ value: entry }`. JSON.parse makes `__proto__` an ordinary own key, so no key
 * of the input can reach a prototype.
 *
 * @example
 * parseJsonRecords('{"data":{"contacts":[{"id":1},{"id":2}]}}', { path: 'data.contacts' });
 * // [{ id: 1 }, { id: 2 }]
 */
export function parseJsonRecords(text: string, options: ParseJsonOptions = {}): Row[] {
	const limits = resolveLimits(options.limits);
	if (exceedsUtf8Bytes(text, limits.maxInputBytes)) throw inputTooLarge(limits.maxInputBytes);
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let document: unknown;
	try {
		document = JSON.parse(source);
	} catch (error) {
		throw jsonSyntaxError(error as Error, source);
	}
	const found = options.path ? atPath(document, options.path) : document;
	const list = Array.isArray(found) ? found : [found];
	if (list.length > limits.maxRecords) {
		throw new FormatError(`The document has ${list.length} records, more than the limit of ${limits.maxRecords} (maxRecords)`);
	}
	return list.map(toRecord);
}

function atPath(document: unknown, path: string): unknown {
	const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
	let value = document;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
			const where = parts.slice(0, i).join('.') || 'the top level';
			const keys = value !== null && typeof value === 'object' ? Object.keys(value).slice(0, 10).join(', ') : '';
			throw new FormatError(`Nothing at "${part}" under ${where}` + (keys ? `; there: ${keys}` : ''), { field: path });
		}
		value = (value as Record<string, unknown>)[part];
	}
	if (value === null || typeof value !== 'object') {
		throw new FormatError('The path leads to a single value, not to a list of records or a record', { field: path });
	}
	return value;
}

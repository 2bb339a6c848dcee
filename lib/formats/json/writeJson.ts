import type { Row } from '../../core/record';

export interface WriteJsonOptions {
	/** Indent with two spaces so people can read it. Default false. */
	pretty?: boolean;
}

/**
 * Writes records as one JSON list.
 *
 * @example
 * writeJson([{ a: 1 }]); // '[{"a":1}]'
 */
export function writeJson(rows: Row[], options: WriteJsonOptions = {}): string {
	return JSON.stringify(rows, null, options.pretty ? 2 : undefined);
}

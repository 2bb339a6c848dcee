/** Where in the input a problem was found: as many of these as the format knows. */
export interface InputLocation {
	/** 1-based line of the text input. */
	line?: number;
	/** 1-based data row / record (after the header, if any). */
	row?: number;
	/** XML element path, e.g. `/contacts/contact[3]`. */
	element?: string;
	/** Field (column, property) name. */
	field?: string;
	/** XLSX sheet name (row then names the sheet row). */
	sheet?: string;
}

/**
 * The one error type the library throws for bad input. Its message already names the place
 * (line, row, element, field), so a node can show it as is; `location` carries the same facts
 * for code. It never includes more than a short excerpt of the input.
 *
 * @example
 * throw new FormatError('Unclosed quote', { line: 12, row: 11 });
 * // message: "Unclosed quote (line 12, row 11)"
 */
export class FormatError extends Error {
	readonly location: InputLocation;

	constructor(message: string, location: InputLocation = {}) {
		super(withLocation(message, location));
		this.name = 'FormatError';
		this.location = location;
	}
}

function withLocation(message: string, location: InputLocation): string {
	const parts: string[] = [];
	if (location.sheet !== undefined) parts.push(`sheet "${location.sheet}"`);
	if (location.line !== undefined) parts.push(`line ${location.line}`);
	if (location.row !== undefined) parts.push(`row ${location.row}`);
	if (location.element !== undefined) parts.push(`element ${location.element}`);
	if (location.field !== undefined) parts.push(`field "${location.field}"`);
	return parts.length ? `${message} (${parts.join(', ')})` : message;
}

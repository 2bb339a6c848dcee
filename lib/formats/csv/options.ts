import type { InputLimits } from '../../core/limits';
import type { InvalidBytes, TextEncodingName } from '../text/types';

export interface CsvParseOptions {
	/** `'auto'` (default) detects `,` `;` tab or `|` from the start of the input. */
	delimiter?: string;
	/** Default `true`: the first record names the fields. `false`: fields are `column_1` … `column_n`. */
	headerRow?: boolean;
	/** Default `true`: lines with nothing on them are not records. */
	skipEmptyLines?: boolean;
	/** Default `false`: trim spaces around header names. Values are never trimmed. */
	trimHeaders?: boolean;
	/** Default `"`. */
	quoteChar?: string;
	/** Encoding of byte input. Default UTF-8 (UTF-16LE when the input starts with its BOM). */
	encoding?: TextEncodingName;
	/** Default `'fail'`: invalid bytes are a FormatError; `'replace'` puts U+FFFD. */
	invalidEncoding?: InvalidBytes;
	/** Size limits; missing ones take the defaults of `DEFAULT_LIMITS`. */
	limits?: Partial<InputLimits>;
	/**
	 * Characters handed to the CSV parser at a time. Default 1 MiB. Tests set it small to put
	 * chunk boundaries everywhere; there is no other reason to change it.
	 */
	chunkSize?: number;
}

export interface CsvWriteOptions {
	/** Default `,`. */
	delimiter?: string;
	/** Default `true`: write the column names as the first line. */
	header?: boolean;
	/**
	 * The columns, in order. Default for `writeCsv` (and `csvChunks` given an array): every key
	 * of every row, in first-seen order. A streaming `csvChunks` cannot look ahead, so without
	 * `columns` it takes the keys of the first row and fails on a later row with another key.
	 */
	columns?: string[];
	/** Default `\r\n`, as RFC 4180 says. */
	lineEnding?: '\r\n' | '\n';
	/** Default `false`: start with U+FEFF, which makes Excel read the file as UTF-8. */
	bom?: boolean;
	/**
	 * Default `true`: a text value starting with `=`, `+`, `-`, `@`, tab or carriage return gets
	 * a leading `'`, so a spreadsheet shows it instead of running it as a formula (OWASP CSV
	 * injection). Numbers, booleans and dates are written as they are: they cannot be formulas.
	 */
	neutraliseFormulas?: boolean;
}

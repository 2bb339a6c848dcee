/**
 * The text encodings the readers accept. `latin1` is ISO-8859-1 exactly (byte n is U+00nn);
 * `windows-1252` is the WHATWG table, which puts €, „, “ … on the bytes 0x80–0x9F.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'latin1' | 'windows-1252';

/** What to do with bytes that are not valid in the encoding: stop with an error, or put U+FFFD. */
export type InvalidBytes = 'fail' | 'replace';

export interface DecodeOptions {
	/**
	 * Default: UTF-8, or UTF-16LE when the input starts with the UTF-16LE byte order mark
	 * (how Excel's "Unicode text" is saved).
	 */
	encoding?: TextEncodingName;
	/** Default `'fail'`: a FormatError naming the line and byte offset. */
	invalid?: InvalidBytes;
}

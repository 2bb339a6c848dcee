import { XMLBuilder } from 'fast-xml-parser';
import { FormatError } from '../../core/formatError';
import { setField, type Row } from '../../core/record';
import { escapeXmlValue } from './escapeXmlValue';
import { BUILDER_ATTRIBUTE_PREFIX, BUILDER_TEXT_KEY, rowToXmlTree } from './rowToXmlTree';
import { isXmlName } from './toXmlName';

export interface WriteXmlOptions {
	/** Element around all rows. Default `'items'`. */
	rootElement?: string;
	/** Element of each row. Default `'item'`. */
	itemElement?: string;
	/** Keys starting with this become attributes. Default `'@_'`, as `parseXmlRecords` reads them; `''` for none. */
	attributePrefix?: string;
	/** This key becomes the element's text. Default `'#text'`. */
	textKey?: string;
	/** Indent with two spaces, one element per line. Default `true`. */
	pretty?: boolean;
	/** Start with `<?xml version="1.0" encoding="UTF-8"?>`. Default `true`. */
	declaration?: boolean;
}

/**
 * Writes rows as an XML document: `<items><item>…</item>…</items>`, one item element per row,
 * with fields as child elements (see `rowToXmlTree` for attributes, nesting, lists and how
 * names that are not XML names are made into ones).
 *
 * Round trip with `parseXmlRecords` (same prefix and text key, `alwaysArray` naming every list
 * field): strings come back exactly, whitespace, CR, `<`, `&`, quotes and astral characters
 * included, except characters XML cannot hold (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF,
 * lone surrogates), which are dropped. Nested objects, lists of strings or objects, and
 * attributes come back as they were. Not kept: types (numbers, booleans and dates come back as
 * strings), `null` and `{}` (come back as `''`), empty lists (left out), single-element lists
 * not named in `alwaysArray` (come back as the element), text next to child elements (trimmed),
 * and names that are not XML names.
 *
 * @example
 * writeXml([{ '@_id': 7, name: 'Ada' }], { rootElement: 'contacts', itemElement: 'contact', pretty: false });
 * // '<?xml version="1.0" encoding="UTF-8"?><contacts><contact id="7"><name>Ada</name></contact></contacts>'
 */
export function writeXml(rows: Row[], options: WriteXmlOptions = {}): string {
	const rootElement = options.rootElement ?? 'items';
	const itemElement = options.itemElement ?? 'item';
	for (const [name, option] of [
		[rootElement, 'root element'],
		[itemElement, 'item element'],
	]) {
		if (!isXmlName(name)) throw new FormatError(`"${name}" cannot be the ${option} name: XML names start with a letter or _ and hold no spaces or punctuation other than - . _`);
	}
	const treeOptions = { attributePrefix: options.attributePrefix ?? '@_', textKey: options.textKey ?? '#text' };
	const items = rows.map((row, i) => rowToXmlTree(row, treeOptions, i + 1));
	const body: Row = {};
	if (items.length > 0) setField(body, itemElement, items);
	const document: Row = {};
	if (options.declaration ?? true) document['?xml'] = { [`${BUILDER_ATTRIBUTE_PREFIX}version`]: '1.0', [`${BUILDER_ATTRIBUTE_PREFIX}encoding`]: 'UTF-8' };
	setField(document, rootElement, items.length > 0 ? body : '');
	return builder(options.pretty ?? true).build(document);
}

function builder(pretty: boolean): XMLBuilder {
	return new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: BUILDER_ATTRIBUTE_PREFIX,
		textNodeName: BUILDER_TEXT_KEY,
		format: pretty,
		indentBy: '  ',
		suppressEmptyNode: false,
		// Otherwise an attribute whose value is "true" is written without a value: not XML.
		suppressBooleanAttributes: false,
		// We escape ourselves, to also write CR (and tab / LF in attributes) as references.
		processEntities: false,
		tagValueProcessor: (_name: string, value: unknown) => escapeXmlValue(String(value)),
		attributeValueProcessor: (_name: string, value: unknown) => escapeXmlValue(String(value), true),
	});
}

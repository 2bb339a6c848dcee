import { FormatError } from '../../core/formatError';
import { resolveLimits, type InputLimits } from '../../core/limits';
import { setField, type Row } from '../../core/record';
import { assertWellFormedXml } from './assertWellFormedXml';
import { createSafeXmlParser, restoreXmlName } from './createSafeXmlParser';
import { elementToValue, type ElementValueOptions } from './elementToValue';
import { findItemElements } from './findItemElements';
import { forEachXmlTag } from './forEachXmlTag';
import { lineNumberAt } from './lineNumberAt';
import { childrenOf, elementNameOf, type OrderedNode } from './orderedNode';
import { refuseUnsafeDoctype } from './refuseUnsafeDoctype';
import { splitXmlPath } from './splitXmlPath';

export interface ParseXmlOptions {
	/**
	 * Path of the repeating record element, `contacts.contact` or `/contacts/contact`; it may leave
	 * out the root. Default: the first repeated child element of the root, or its only one.
	 */
	itemPath?: string;
	/** Put before attribute names: `<contact id="7">` gives `{ '@_id': '7' }`. Default `'@_'`, which no element name can start with. */
	attributePrefix?: string;
	/** Key of an element's text when it also has attributes or child elements. Default `'#text'`. */
	textKey?: string;
	/**
	 * Elements that are lists even when they occur once, so every record has the same shape: a
	 * name (`phone`, at any depth) or a path from the record (`phones.phone`) or from the root
	 * (`contacts.contact.phones.phone`, `/contacts/contact/phones/phone`).
	 */
	alwaysArray?: string[];
	limits?: Partial<InputLimits>;
}

/**
 * Reads the records of an XML document: one `Row` per record element (see `itemPath`), even when
 * there is only one. Values are the exact strings of the document: nothing is parsed as a number
 * or trimmed (text mixed with child elements excepted, see `elementToValue`). Attributes are kept
 * under `attributePrefix` + name; child elements that occur more than once, or are named in
 * `alwaysArray`, are lists; an element that has only text is a string; one with text and
 * attributes has its text under `textKey`. A record element with only text gives `{ [textKey]: text }`.
 *
 * Hostile input is refused with a `FormatError` before any parsing: entity declarations and
 * external DTDs (never expanded or fetched), input over `maxInputBytes`, more records than
 * `maxRecords`, values over `maxLineBytes`; malformed XML is reported with its line and element.
 * Names such as `__proto__` are kept as plain keys and never reach a prototype.
 *
 * @example
 * parseXmlRecords('<contacts><contact id="7"><name>Ada</name><phone>1</phone></contact></contacts>', { alwaysArray: ['phone'] });
 * // [{ '@_id': '7', name: 'Ada', phone: ['1'] }]
 */
export function parseXmlRecords(text: string, options: ParseXmlOptions = {}): Row[] {
	const limits = resolveLimits(options.limits);
	if (text.length * 3 > limits.maxInputBytes && Buffer.byteLength(text, 'utf8') > limits.maxInputBytes) {
		throw new FormatError(`XML input is larger than the limit of ${limits.maxInputBytes} bytes`);
	}
	const xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (xml.trim() === '') throw new FormatError('XML input is empty');
	refuseUnsafeDoctype(xml);
	assertWellFormedXml(xml);
	const root = rootElement(parse(xml), xml);
	const { path, items } = findItemElements(root, options.itemPath);
	const where = '/' + path.join('/');
	if (items.length > limits.maxRecords) throw new FormatError(`More than the limit of ${limits.maxRecords} records`, { element: where });
	const textKey = options.textKey ?? '#text';
	const valueOptions: ElementValueOptions = {
		attributePrefix: options.attributePrefix ?? '@_',
		textKey,
		isAlwaysArray: alwaysArrayMatcher(options.alwaysArray ?? [], path),
		maxValueBytes: limits.maxLineBytes,
	};
	return items.map((item, i) => {
		const value = elementToValue(item, valueOptions, { path: '', element: i > 0 ? `${where}[${i + 1}]` : where });
		if (typeof value !== 'string') return value;
		const row: Row = {};
		if (value !== '') setField(row, textKey, value);
		return row;
	});
}

function parse(xml: string): OrderedNode[] {
	try {
		return createSafeXmlParser({ preserveOrder: true }).parse(xml) as OrderedNode[];
	} catch (error) {
		throw unreadable(error);
	}
}

function unreadable(error: unknown): FormatError {
	return new FormatError(`Could not read the XML: ${error instanceof Error ? error.message : String(error)}`);
}

// The validator lets `<a/><b/>` pass, and text after an empty root (`<a/> tail`), which the
// parser then drops; a document has one root element and nothing else.
function rootElement(nodes: OrderedNode[], xml: string): OrderedNode {
	const roots = nodes.filter((node) => elementNameOf(node) !== undefined);
	if (roots.length === 0) throw new FormatError('Malformed XML: no root element');
	const rootName = elementNameOf(roots[0]) as string;
	if (roots.length > 1) {
		const after = offsetAfterRoot(xml);
		throw new FormatError('Malformed XML: more than one root element', {
			line: lineNumberAt(xml, after.nextRoot ?? after.end),
			element: `/${restoreXmlName(elementNameOf(roots[1]) ?? '')}`,
		});
	}
	if (childrenOf(roots[0], rootName).length === 0) {
		const { end } = offsetAfterRoot(xml);
		const rest = xml.slice(end).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (markup) => markup.replace(/\S/g, ' '));
		const stray = rest.search(/\S/);
		if (stray !== -1) {
			throw new FormatError(`Malformed XML: text after the root element <${restoreXmlName(rootName)}>`, { line: lineNumberAt(xml, end + stray) });
		}
	}
	return roots[0];
}

/** Where the first root element ends, and where a second one starts, if any. */
function offsetAfterRoot(xml: string): { end: number; nextRoot?: number } {
	let depth = 0;
	let end = xml.length;
	let nextRoot: number | undefined;
	let closed = false;
	forEachXmlTag(xml, ({ closing, selfClosing, index }) => {
		if (closed && !closing) {
			nextRoot = index;
			return false;
		}
		depth += closing ? -1 : selfClosing ? 0 : 1;
		if (depth === 0) {
			closed = true;
			end = xml.indexOf('>', index) + 1;
		}
		return true;
	});
	return { end, nextRoot };
}

/** `alwaysArray` entries as a test of a child element's path (from the record, `/`-joined) and name. */
function alwaysArrayMatcher(entries: string[], itemPath: string[]): ElementValueOptions['isAlwaysArray'] {
	const names = new Set(entries.map((entry) => entry.trim()));
	const paths = new Set(entries.map((entry) => splitXmlPath(entry).join('/')).filter((path) => path !== ''));
	if (paths.size === 0) return () => false;
	const prefix = itemPath.join('/') + '/';
	return (path, name) => names.has(name) || paths.has(path) || paths.has(prefix + path);
}

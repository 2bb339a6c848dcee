import { FormatError } from '../../core/formatError';
import { setField, type Row } from '../../core/record';
import { isXmlName, toXmlName } from './toXmlName';

/** How `writeXml` tells fast-xml-parser's builder an attribute and a text node apart from elements. */
export const BUILDER_ATTRIBUTE_PREFIX = '@_';
export const BUILDER_TEXT_KEY = '#text';

export interface XmlTreeOptions {
	/** Keys starting with this are attributes (`''`: none are). */
	attributePrefix: string;
	/** This key is the element's text. */
	textKey: string;
}

// Deeper than fast-xml-parser reads back (100); also stops a circular object.
const MAX_DEPTH = 100;

/**
 * Turns a row into the object fast-xml-parser's builder writes as one element's content:
 * - keys starting with `attributePrefix` become attributes, `textKey` the text, others child elements;
 * - names that are not XML names are made into ones with `toXmlName`, and get `_2`, `_3`... if
 *   that clashes with another key (valid names keep theirs, so they round-trip exactly);
 * - strings stay, numbers / booleans / bigints become their text, Dates ISO 8601 text;
 * - objects become child elements, arrays repeated elements (an array inside an array, and an
 *   object or array as an attribute or text, is written as JSON text);
 * - `null` gives an empty element; `undefined`, empty arrays, functions and symbols are left out.
 * Names are set with `setField`, so `__proto__` is a plain key.
 *
 * @example
 * rowToXmlTree({ '@_id': 7, 'first name': 'Ada', tags: ['a', 'b'] }, { attributePrefix: '@_', textKey: '#text' }, 1);
 * // { '@_id': '7', first_name: 'Ada', tags: ['a', 'b'] }
 */
export function rowToXmlTree(row: Row, options: XmlTreeOptions, rowNumber: number): Row {
	return tree(row, options, { row: rowNumber, path: '', depth: 0 });
}

interface Place {
	row: number;
	path: string;
	depth: number;
}

function tree(value: Row, options: XmlTreeOptions, place: Place): Row {
	if (place.depth > MAX_DEPTH) throw new FormatError(`Nested more than ${MAX_DEPTH} levels deep (or circular)`, { row: place.row, field: place.path });
	const { attributePrefix, textKey } = options;
	const keys = Object.keys(value);
	const isAttribute = (key: string) => attributePrefix !== '' && key.startsWith(attributePrefix) && key !== textKey;
	const elementNames = new Set(keys.filter((k) => k !== textKey && !isAttribute(k) && isXmlName(k)));
	const attributeNames = new Set(keys.filter((k) => isAttribute(k) && isXmlName(k.slice(attributePrefix.length))).map((k) => k.slice(attributePrefix.length)));
	const out: Row = {};
	for (const key of keys) {
		const field = place.path === '' ? key : `${place.path}.${key}`;
		const here = { ...place, path: field };
		if (key === textKey) {
			const text = scalar(value[key], here);
			if (text !== undefined) setField(out, BUILDER_TEXT_KEY, text);
		} else if (isAttribute(key)) {
			const name = uniqueName(key.slice(attributePrefix.length), attributeNames);
			const text = scalar(value[key], here);
			if (text !== undefined) setField(out, BUILDER_ATTRIBUTE_PREFIX + name, text);
		} else {
			const name = uniqueName(key, elementNames);
			const content = elementContent(value[key], options, here);
			if (content !== undefined) setField(out, name, content);
		}
	}
	return out;
}

function elementContent(value: unknown, options: XmlTreeOptions, place: Place): unknown {
	if (value === null) return null;
	if (Array.isArray(value)) {
		const items = value
			.map((item) => (Array.isArray(item) ? JSON.stringify(item) : elementContent(item, options, place)))
			.filter((item) => item !== undefined);
		return items.length > 0 ? items : undefined;
	}
	if (typeof value === 'object' && !(value instanceof Date)) return tree(value as Row, options, { ...place, depth: place.depth + 1 });
	return scalar(value, place);
}

function scalar(value: unknown, place: Place): string | undefined {
	if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
	if (typeof value === 'string') return value;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new FormatError('Invalid date', { row: place.row, field: place.path });
		return value.toISOString();
	}
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

/** `name` as an XML name not yet in `used` (which holds the names valid as they are). */
function uniqueName(name: string, used: Set<string>): string {
	if (isXmlName(name)) return name;
	const base = toXmlName(name);
	let candidate = base;
	for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
	used.add(candidate);
	return candidate;
}

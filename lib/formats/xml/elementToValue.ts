import { FormatError } from '../../core/formatError';
import { setField, type Row } from '../../core/record';
import { restoreXmlName } from './createSafeXmlParser';
import { attributesOf, childrenOf, elementNameOf, TEXT_NODE, type OrderedNode } from './orderedNode';

export interface ElementValueOptions {
	/** Put before attribute names, so `<a id="1">` gives `{ '@_id': '1' }` for `'@_'`. */
	attributePrefix: string;
	/** Key of an element's text when it also has attributes or child elements. */
	textKey: string;
	/** Whether a child element is a list even when it occurs once; `path` is its names from the record joined by `/`. */
	isAlwaysArray: (path: string, name: string) => boolean;
	/** Longest text or attribute value accepted, in UTF-8 bytes. */
	maxValueBytes: number;
}

/** Where the element is: `path` from the record for `isAlwaysArray`, `element` from the root for errors. */
export interface ElementPlace {
	path: string;
	element: string;
}

/**
 * The value of one element of fast-xml-parser's `preserveOrder` output:
 * - only text (or nothing): that text as a string, exactly as written (`''` when empty);
 * - attributes or child elements: an object, attributes first (prefixed), then child elements
 *   (a name that occurs more than once, or that `isAlwaysArray` names, becomes a list), then
 *   the text under `textKey` if there is any. Text mixed with child elements is trimmed piece
 *   by piece and joined with single spaces, so indentation disappears.
 * Names are set with `setField`, so `__proto__` and friends become plain keys.
 *
 * @example
 * // <contact id="7"><name>Ada</name><phone>1</phone><phone>2</phone></contact>
 * elementToValue(node, { attributePrefix: '@_', textKey: '#text', isAlwaysArray: () => false, maxValueBytes: 1e6 }, { path: '', element: '/contact' });
 * // { '@_id': '7', name: 'Ada', phone: ['1', '2'] }
 */
export function elementToValue(node: OrderedNode, options: ElementValueOptions, place: ElementPlace): string | Row {
	const name = elementNameOf(node);
	if (name === undefined) return '';
	const record: Row = {};
	let hasFields = false;
	for (const [rawName, value] of Object.entries(attributesOf(node))) {
		const field = options.attributePrefix + restoreXmlName(rawName);
		checkSize(value, options.maxValueBytes, place.element, field);
		addValue(record, field, value, false);
		hasFields = true;
	}
	const texts: string[] = [];
	let hasChildElements = false;
	const seen = new Map<string, number>();
	for (const child of childrenOf(node, name)) {
		const rawChildName = elementNameOf(child);
		if (rawChildName === undefined) {
			if (typeof child[TEXT_NODE] === 'string') texts.push(child[TEXT_NODE] as string);
			continue;
		}
		hasChildElements = true;
		hasFields = true;
		const childName = restoreXmlName(rawChildName);
		const position = (seen.get(childName) ?? 0) + 1;
		seen.set(childName, position);
		const childPlace = {
			path: place.path === '' ? childName : `${place.path}/${childName}`,
			element: `${place.element}/${position > 1 ? `${childName}[${position}]` : childName}`,
		};
		addValue(record, childName, elementToValue(child, options, childPlace), options.isAlwaysArray(childPlace.path, childName));
	}
	const text = hasChildElements
		? texts
				.map((t) => t.trim())
				.filter((t) => t !== '')
				.join(' ')
		: texts.join('');
	checkSize(text, options.maxValueBytes, place.element);
	if (!hasFields) return text;
	if (text !== '') addValue(record, options.textKey, text, false);
	return record;
}

// Element values are never arrays themselves, so an array found here is a list this function
// started, and the next value with that name joins it.
function addValue(record: Row, key: string, value: unknown, alwaysArray: boolean): void {
	if (Object.prototype.hasOwnProperty.call(record, key)) {
		const existing = record[key];
		if (Array.isArray(existing)) existing.push(value);
		else setField(record, key, [existing, value]);
	} else {
		setField(record, key, alwaysArray ? [value] : value);
	}
}

function checkSize(value: string, maxBytes: number, element: string, field?: string): void {
	if (value.length * 3 <= maxBytes) return;
	if (Buffer.byteLength(value, 'utf8') <= maxBytes) return;
	throw new FormatError(`Value is longer than the limit of ${maxBytes} bytes`, field === undefined ? { element } : { element, field });
}

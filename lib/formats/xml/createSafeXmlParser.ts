import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { isPrototypeKey } from '../../core/record';
import { decodeXmlEntities } from './decodeXmlEntities';

// fast-xml-parser throws on elements or attributes named `__proto__`, `constructor` or
// `prototype`. We keep such data instead: the name is given this prefix while parsing (no XML
// name can contain U+0000, so it cannot clash) and `restoreXmlName` takes it off again, to be
// set with `setField`.
const PROTECTED = '\u0000';

const protect = (name: string): string => (isPrototypeKey(name) ? PROTECTED + name : name);

// Our own decoder instead of fast-xml-parser's: only the five XML entities and character
// references are decoded, and entities a DOCTYPE declares are ignored (never stored, never
// expanded), whatever the options.
const builtInEntitiesOnly = {
	setExternalEntities: (): void => undefined,
	addInputEntities: (): void => undefined,
	reset: (): void => undefined,
	setXmlVersion: (): void => undefined,
	decode: decodeXmlEntities,
};

/**
 * A fast-xml-parser `XMLParser` set up for untrusted input: entity declarations are never
 * expanded, values stay strings exactly as written (no number parsing, no trimming), declaration
 * and processing instructions are dropped, and names that would reach `Object.prototype` are
 * parsed instead of refused (see `restoreXmlName`). `overrides` may add to this (for example
 * `preserveOrder`) but cannot switch entity handling back on.
 *
 * @example
 * createSafeXmlParser({ preserveOrder: true }).parse('<a x="1">t</a>');
 * // [{ a: [{ '#text': 't' }], ':@': { x: '1' } }]
 */
export function createSafeXmlParser(overrides: X2jOptions = {}): XMLParser {
	return new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		textNodeName: '#text',
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		ignoreDeclaration: true,
		ignorePiTags: true,
		allowBooleanAttributes: false,
		transformTagName: protect,
		transformAttributeName: protect,
		// fast-xml-parser renames `toString`, `hasOwnProperty`... to `__toString`; as own properties of
		// the records we build they are harmless, so they keep their names.
		onDangerousProperty: (name: string) => name,
		...overrides,
		processEntities: true,
		htmlEntities: false,
		entityDecoder: builtInEntitiesOnly,
	});
}

/**
 * The name an element or attribute had in the document, for a name `createSafeXmlParser` returned.
 *
 * @example
 * restoreXmlName(Object.keys(createSafeXmlParser().parse('<__proto__/>'))[0]); // '__proto__'
 */
export function restoreXmlName(name: string): string {
	return name.startsWith(PROTECTED) ? name.slice(PROTECTED.length) : name;
}

/**
 * One node of fast-xml-parser's `preserveOrder` output: an element `{ name: children, ':@': attributes }`
 * or a text `{ '#text': 'value' }`.
 */
export type OrderedNode = Record<string, unknown>;

export const TEXT_NODE = '#text';
const ATTRIBUTES = ':@';

/**
 * The (parser-side) name of an element node, or `undefined` for a text node.
 *
 * @example
 * elementNameOf({ contact: [], ':@': { id: '1' } }); // 'contact'
 * elementNameOf({ '#text': 'hi' });                  // undefined
 */
export function elementNameOf(node: OrderedNode): string | undefined {
	for (const key of Object.keys(node)) {
		if (key !== ATTRIBUTES && key !== TEXT_NODE) return key;
	}
	return undefined;
}

/**
 * The child nodes of an element node (text and elements, in document order).
 *
 * @example
 * childrenOf({ a: [{ '#text': 'x' }] }, 'a'); // [{ '#text': 'x' }]
 */
export function childrenOf(node: OrderedNode, name: string): OrderedNode[] {
	const children = node[name];
	return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

/**
 * The attributes of an element node, by (parser-side) name; `{}` when it has none.
 *
 * @example
 * attributesOf({ a: [], ':@': { id: '1' } }); // { id: '1' }
 */
export function attributesOf(node: OrderedNode): Record<string, string> {
	const attributes = node[ATTRIBUTES];
	return attributes !== null && typeof attributes === 'object' ? (attributes as Record<string, string>) : {};
}

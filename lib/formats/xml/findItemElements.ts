import { FormatError } from '../../core/formatError';
import { restoreXmlName } from './createSafeXmlParser';
import { childrenOf, elementNameOf, type OrderedNode } from './orderedNode';
import { splitXmlPath } from './splitXmlPath';

export interface ItemElements {
	/** Element names from the root to the records, e.g. `['contacts', 'contact']`. */
	path: string[];
	/** The record elements, in document order. */
	items: OrderedNode[];
}

/**
 * Finds the elements that are the records under `root` (a `preserveOrder` node).
 *
 * With `itemPath` (`contacts.contact` or `/contacts/contact`, see `splitXmlPath`; a path not starting with the root
 * name is taken as starting below it, and the root name alone makes the root the one record):
 * every element at that path, through repeated parents too. A path that ends in an element
 * without children gives no records; one that names an element that is not there, where others
 * are, is refused with a `FormatError` listing what is there, as it is most likely a typo.
 *
 * Without it: the first child element name of the root that occurs more than once; else the
 * root's only child element name; no records for an empty root. A root with several different
 * children, none repeated, is refused: which one is meant cannot be told.
 *
 * @example
 * // <contacts><meta/><contact/><contact/></contacts>
 * findItemElements(root).path;                      // ['contacts', 'contact']
 * findItemElements(root, 'contacts.contact').items; // the two <contact> nodes
 */
export function findItemElements(root: OrderedNode, itemPath?: string): ItemElements {
	const rootName = restoreXmlName(elementNameOf(root) ?? '');
	const segments = splitXmlPath(itemPath ?? '');
	if (segments.length === 0) return autoPick(root, rootName);
	const path = segments[0] === rootName ? segments : [rootName, ...segments];
	let current = [root];
	for (let depth = 1; depth < path.length; depth++) {
		const next = current.flatMap((node) => childElements(node).filter((child) => nameOf(child) === path[depth]));
		if (next.length === 0) {
			const present = distinct(current.flatMap((node) => childElements(node).map(nameOf)));
			if (present.length === 0) return { path, items: [] };
			throw new FormatError(`No <${path[depth]}> element under <${path[depth - 1]}> (path "${itemPath}"); it holds ${list(present)}`, {
				element: '/' + path.slice(0, depth).join('/'),
			});
		}
		current = next;
	}
	return { path, items: current };
}

function autoPick(root: OrderedNode, rootName: string): ItemElements {
	const children = childElements(root);
	const names = children.map(nameOf);
	const unique = distinct(names);
	const repeated = unique.find((name) => names.indexOf(name) !== names.lastIndexOf(name));
	const chosen = repeated ?? (unique.length === 1 ? unique[0] : undefined);
	if (chosen !== undefined) return { path: [rootName, chosen], items: children.filter((child) => nameOf(child) === chosen) };
	if (unique.length === 0) return { path: [rootName], items: [] };
	throw new FormatError(
		`Cannot tell which element under <${rootName}> holds the records: it holds ${list(unique)}, none repeated. ` +
			`Set the path to the records, e.g. "${rootName}.${unique[0]}", or "${rootName}" for the root as one record`,
		{ element: `/${rootName}` },
	);
}

function childElements(node: OrderedNode): OrderedNode[] {
	const name = elementNameOf(node);
	return name === undefined ? [] : childrenOf(node, name).filter((child) => elementNameOf(child) !== undefined);
}

function nameOf(node: OrderedNode): string {
	return restoreXmlName(elementNameOf(node) ?? '');
}

function distinct(names: string[]): string[] {
	return [...new Set(names)];
}

function list(names: string[]): string {
	const shown = names.slice(0, 10).map((n) => `<${n}>`);
	return shown.join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
}

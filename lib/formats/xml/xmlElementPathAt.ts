import { forEachXmlTag } from './forEachXmlTag';

interface OpenElement {
	name: string;
	/** 1-based position among the earlier siblings of the same name. */
	position: number;
	/** How many children of each name were seen so far. */
	children: Map<string, number>;
}

/**
 * The path of the element open at `offset` of `text`, e.g. `/contacts/contact[3]/email`, to say
 * where an error is. A position is shown when an element is not the first of its name among its
 * siblings. Only the text before `offset` is read, so it works on malformed input; `undefined`
 * when no element is open there.
 *
 * @example
 * xmlElementPathAt('<a><b/><b><c>oops', 14); // '/a/b[2]/c'
 */
export function xmlElementPathAt(text: string, offset: number): string | undefined {
	const stack: OpenElement[] = [];
	const top: OpenElement = { name: '', position: 1, children: new Map() };
	const open = (name: string): void => {
		const parent = stack.length > 0 ? stack[stack.length - 1] : top;
		const position = (parent.children.get(name) ?? 0) + 1;
		parent.children.set(name, position);
		stack.push({ name, position, children: new Map() });
	};
	forEachXmlTag(text.slice(0, offset), ({ name, closing, selfClosing }) => {
		if (closing) {
			const at = stack.map((e) => e.name).lastIndexOf(name);
			if (at !== -1) stack.length = at;
			return;
		}
		open(name);
		if (selfClosing) stack.pop();
	});
	// An error inside a start tag (`<item x=1>`, or an unclosed `<a>` reported at its `<`) is in
	// that element, though the tag does not end before `offset`.
	const lt = text.lastIndexOf('<', offset);
	const gt = lt === -1 ? -1 : text.indexOf('>', lt);
	const startTag = lt === -1 ? null : /^<([^\s/>!?]+)/.exec(text.slice(lt, lt + 1000));
	if (startTag && (gt === -1 || gt >= offset)) open(startTag[1]);
	if (stack.length === 0) return undefined;
	return '/' + stack.map((e) => (e.position > 1 ? `${e.name}[${e.position}]` : e.name)).join('/');
}

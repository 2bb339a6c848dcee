import { FormatError } from '../../core/formatError';
import { lineNumberAt } from './lineNumberAt';

/**
 * Throws a `FormatError` when `text` has a DOCTYPE that declares entities (`<!ENTITY ...>`, the
 * "billion laughs" and external-file attacks) or refers to an external DTD (`SYSTEM` / `PUBLIC`),
 * which could declare them. It runs before any parsing, so nothing is ever expanded or fetched.
 * A plain `<!DOCTYPE contacts>`, or one with only element declarations, is accepted. Text that
 * merely looks like a DOCTYPE inside a comment or CDATA section is data and is left alone.
 * `source`, when given, is named in the message (e.g. the part of an XLSX file).
 *
 * @example
 * refuseUnsafeDoctype('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'); // throws FormatError (line 1)
 * refuseUnsafeDoctype('<!DOCTYPE a><a/>');                         // fine
 */
export function refuseUnsafeDoctype(text: string, source?: string): void {
	let from = 0;
	for (;;) {
		const open = text.indexOf('<!', from);
		if (open === -1) return;
		if (text.startsWith('<!--', open)) {
			from = after(text, '-->', open + 4);
		} else if (text.startsWith('<![CDATA[', open)) {
			from = after(text, ']]>', open + 9);
		} else if (text.slice(open + 2, open + 9).toUpperCase() === 'DOCTYPE') {
			const end = doctypeEnd(text, open + 9);
			checkDoctype(text.slice(open, end), lineNumberAt(text, open), source === undefined ? '' : `, in ${source}`);
			from = end;
		} else {
			from = open + 2;
		}
	}
}

function after(text: string, terminator: string, from: number): number {
	const at = text.indexOf(terminator, from);
	return at === -1 ? text.length : at + terminator.length;
}

/** Index just past the `>` closing the DOCTYPE that starts before `from`; quotes, `[...]` and comments inside are skipped. */
function doctypeEnd(text: string, from: number): number {
	let quote = '';
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") {
			quote = c;
		} else if (c === '<' && text.startsWith('<!--', i)) {
			i = after(text, '-->', i + 4) - 1;
		} else if (c === '[') {
			depth++;
		} else if (c === ']') {
			depth = Math.max(0, depth - 1);
		} else if (c === '>' && depth === 0) {
			return i + 1;
		}
	}
	return text.length;
}

function checkDoctype(declaration: string, line: number, where: string): void {
	if (/<!ENTITY/i.test(declaration)) {
		throw new FormatError(`XML with entity declarations (<!ENTITY> in the DOCTYPE) is not accepted, as entities can expand without bound or read other files${where}`, { line });
	}
	// `<!DOCTYPE name SYSTEM "..." [...]>`: the external id is the word after the root name.
	const head = declaration.slice('<!DOCTYPE'.length).split('[')[0].trim().split(/\s+/);
	if (head.length > 1 && /^(SYSTEM|PUBLIC)$/i.test(head[1])) {
		throw new FormatError(`XML that refers to an external DTD (DOCTYPE ... SYSTEM or PUBLIC) is not accepted, as it could declare entities or read other files${where}`, { line });
	}
}

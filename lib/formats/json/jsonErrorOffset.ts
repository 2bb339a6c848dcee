const OBJECT = 1;
const ARRAY = 2;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first character where `text` stops being valid JSON (or `text.length` when
 * it ends too early). Only called after JSON.parse failed: V8 names a position for some errors
 * and only an excerpt for others ("Unexpected token '}', …"), and a user needs the line.
 *
 * Iterative, with its own stack of open objects and arrays: a hostile `[[[[…` a million deep
 * must not overflow the call stack on the way to its error.
 *
 * @example
 * jsonErrorOffset('{"a": }'); // 6
 */
export function jsonErrorOffset(text: string): number {
	const n = text.length;
	const open: number[] = [];
	let i = 0;
	const skipSpace = () => {
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
			i++;
		}
	};
	/** Reads a string at `i`; false (with `i` at the problem) when it is not one. */
	const string = (): boolean => {
		if (text[i] !== '"') return false;
		for (i++; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				i++;
				return true;
			}
			if (c < 0x20) return false;
			if (c === 92) {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
			}
		}
		return false;
	};
	/** Reads a key and its colon, after `{` or `,` in an object. */
	const key = (): boolean => {
		skipSpace();
		if (!string()) return false;
		skipSpace();
		if (text[i] !== ':') return false;
		i++;
		return true;
	};
	/** Reads a value, or opens an object or array (pushed on `open`). */
	const value = (): boolean => {
		skipSpace();
		const c = text[i];
		if (c === '{' || c === '[') {
			i++;
			skipSpace();
			const close = c === '{' ? '}' : ']';
			if (text[i] === close) {
				i++;
				return true;
			}
			open.push(c === '{' ? OBJECT : ARRAY);
			return c === '[' || key();
		}
		if (c === '"') return string();
		for (const word of ['true', 'false', 'null']) {
			if (c === word[0]) {
				if (!text.startsWith(word, i)) return false;
				i += word.length;
				return true;
			}
		}
		NUMBER.lastIndex = i;
		if (!NUMBER.test(text)) return false;
		i = NUMBER.lastIndex;
		return true;
	};

	for (;;) {
		const depth = open.length;
		if (!value()) return Math.min(i, n);
		if (open.length > depth) continue; // opened a container: its first value comes next
		// After a value: close containers, or a comma and the next value.
		for (;;) {
			skipSpace();
			const inside = open[open.length - 1];
			if (inside === undefined) return i; // trailing text (or none: valid)
			const c = text[i];
			if (c === ',') {
				i++;
				if (inside === OBJECT && !key()) return Math.min(i, n);
				break;
			}
			if ((inside === OBJECT && c === '}') || (inside === ARRAY && c === ']')) {
				i++;
				open.pop();
				continue;
			}
			return Math.min(i, n);
		}
	}
}

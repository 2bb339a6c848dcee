/**
 * Writes `value` in the XLSX "escaped string" form (ECMA-376 ST_Xstring, `_xHHHH_`), so that
 * write-excel-file, which drops characters XML cannot hold, keeps them and read-excel-file (and
 * Excel) decode them back:
 * - C0 controls, CR (Excel writes it so, and XML parsers would turn a raw CR into LF), C1
 *   controls, U+FDD0–U+FDEF, U+FFFD–U+FFFF, lone surrogates and the noncharacters U+xFFFE/U+xFFFF
 *   of every plane become `_xHHHH_` (per UTF-16 unit);
 * - an `_` that would otherwise be read as the start of an escape becomes `_x005F_`;
 * - a text equal to a property of `Object.prototype` (`constructor`, `toString`, `__proto__`...)
 *   has its first character escaped: write-excel-file 4.1.1 looks shared strings up in a plain
 *   object, and would write the inherited function instead of the text, corrupting the file.
 * Other text comes back unchanged.
 *
 * @example
 * escapeXlsxString('a\u0001b');     // 'a_x0001_b'
 * escapeXlsxString('_x0041_ code'); // '_x005F_x0041_ code' (reads back as "_x0041_ code", not "A code")
 * escapeXlsxString('constructor');  // '_x0063_onstructor' (reads back as "constructor")
 */
export function escapeXlsxString(value: string): string {
	if (value in Object.prototype) return hexEscape(value.charCodeAt(0)) + escapeXlsxString(value.slice(1));
	const escaped = escapedUnits(value);
	if (escaped === undefined && !value.includes('_x')) return value;
	let out = '';
	for (let i = 0; i < value.length; i++) {
		if (escaped?.has(i)) out += hexEscape(value.charCodeAt(i));
		else if (value[i] === '_' && startsEscape(value, i, escaped)) out += '_x005F_';
		else out += value[i];
	}
	return out;
}

/** Indexes of the UTF-16 units to write as `_xHHHH_`, or `undefined` when there are none. */
function escapedUnits(value: string): Set<number> | undefined {
	let units: Set<number> | undefined;
	const add = (i: number) => (units ??= new Set()).add(i);
	for (let i = 0; i < value.length; i++) {
		const unit = value.charCodeAt(i);
		if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
			const low = value.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				// A pair: only plane-end noncharacters (U+1FFFE, U+10FFFF...) are dropped by the writer.
				if ((low & 0x3fe) === 0x3fe && (unit & 0x3f) === 0x3f) {
					add(i);
					add(i + 1);
				}
				i++;
				continue;
			}
		}
		if (needsEscape(unit)) add(i);
	}
	return units;
}

function needsEscape(unit: number): boolean {
	return (
		(unit < 0x20 && unit !== 0x09 && unit !== 0x0a) ||
		(unit >= 0x7f && unit <= 0x9f) ||
		(unit >= 0xfdd0 && unit <= 0xfdef) ||
		unit >= 0xfffd ||
		(unit >= 0xd800 && unit <= 0xdfff)
	);
}

/**
 * Whether a reader would take the `_` at `i` as the start of `_xHHHH_`: `x`, four hex digits and
 * then `_` or a character we write as an escape (which starts with `_`).
 */
function startsEscape(value: string, i: number, escaped: Set<number> | undefined): boolean {
	if (!/^x[0-9A-Fa-f]{4}$/.test(value.slice(i + 1, i + 6))) return false;
	return value[i + 6] === '_' || (escaped?.has(i + 6) ?? false);
}

function hexEscape(unit: number): string {
	return `_x${unit.toString(16).toUpperCase().padStart(4, '0')}_`;
}

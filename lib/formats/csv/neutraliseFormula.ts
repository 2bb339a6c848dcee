/**
 * Whether a spreadsheet program could run `text` as a formula: it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (the characters OWASP lists for CSV injection).
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://evil","click")'); // true
 * isFormulaLike('Anna'); // false
 */
export function isFormulaLike(text: string): boolean {
	const first = text.charCodeAt(0);
	// = + - @ \t \r
	return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

/**
 * Puts a `'` before text a spreadsheet could run as a formula, so it is shown as text (OWASP
 * CSV injection guidance); other text is returned unchanged. The quote is visible in the cell:
 * the price of safety, since a CSV file cannot say "this cell is text".
 *
 * @example
 * neutraliseFormula('=1+2'); // "'=1+2"
 * neutraliseFormula('-5'); // "'-5"
 * neutraliseFormula('Anna'); // 'Anna'
 */
export function neutraliseFormula(text: string): string {
	return isFormulaLike(text) ? `'${text}` : text;
}

/** A plain number as text ("-12.50", "+49301234", "-1,5e3"): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a spreadsheet program could run `text` as a formula: it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (the characters OWASP lists for CSV injection), and is not a
 * plain signed number. Read from a CSV, every negative amount is text: prefixing "-12.50"
 * would spoil every round trip of a CRM export while guarding against nothing.
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://evil","click")'); // true
 * isFormulaLike('-12.50'); // false
 * isFormulaLike('Anna'); // false
 */
export function isFormulaLike(text: string): boolean {
	const first = text.charCodeAt(0);
	// = @ \t \r always; + and - unless the whole text is a number
	if (first === 61 || first === 64 || first === 9 || first === 13) return true;
	return (first === 43 || first === 45) && !PLAIN_NUMBER.test(text);
}

/**
 * Puts a `'` before text a spreadsheet could run as a formula, so it is shown as text (OWASP
 * CSV injection guidance); other text is returned unchanged. The quote is visible in the cell:
 * the price of safety, since a CSV file cannot say "this cell is text".
 *
 * @example
 * neutraliseFormula('=1+2'); // "'=1+2"
 * neutraliseFormula('-2+3'); // "'-2+3"
 * neutraliseFormula('-5'); // '-5'
 */
export function neutraliseFormula(text: string): string {
	return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Plain decimal number text: optional sign, digits with an optional `.` fraction, optional
 * exponent. No group separators and no `,` decimals, because `1,234` is a thousand in one locale
 * and a bit more than one in another; such text needs `toNumber` with a locale first.
 */
const PLAIN_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The finite number a field value holds, or NaN (the "missing" marker of number arrays) when it
 * holds none. Numbers pass if finite; text passes if, once trimmed, it is a plain decimal
 * number such as `' 12.5 '`, `'-3'`, `'1e3'`. Booleans, `''`, `'0x10'`, `'Infinity'` and
 * locale-formatted text such as `'1.234,5'` give NaN, unlike `Number()`, so statistics never
 * read `true` as 1 or an empty cell as 0.
 *
 * @example
 * toFiniteNumber(' 12.5 '); // 12.5
 * toFiniteNumber(true); // NaN
 * toFiniteNumber('1,234'); // NaN
 */
export function toFiniteNumber(value: unknown): number {
	if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
	if (typeof value !== 'string') return NaN;
	const text = value.trim();
	if (!PLAIN_DECIMAL.test(text)) return NaN;
	const number = Number(text);
	// `1e999` is plain text but not a finite number.
	return Number.isFinite(number) ? number : NaN;
}

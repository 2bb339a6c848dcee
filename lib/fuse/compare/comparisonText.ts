import { missingMatcher } from '../../clean/missing/missingMatcher';
import { stableText } from '../../clean/dedupe/stableText';

const isMissing = missingMatcher();

/**
 * The text a comparison compares for one field value, or `undefined` when the value is missing
 * (`null`, `undefined`, `NaN`, `''`, whitespace only, an invalid `Date`). Text is used as is (or
 * lower-cased and trimmed with `normalise`), numbers, bigints and booleans as their text (so `42`
 * equals `'42'`), a `Date` as `YYYY-MM-DD` at midnight UTC (as Splink casts a date column to
 * text) or its ISO instant otherwise, and other objects as their stable JSON-like text.
 *
 * @example
 * comparisonText('  Smith ', true); // 'smith'
 * comparisonText(42, true); // '42'
 * comparisonText(new Date('1956-09-09'), true); // '1956-09-09'
 * comparisonText('   ', true); // undefined
 */
export function comparisonText(value: unknown, normalise: boolean): string | undefined {
	if (isMissing(value)) return undefined;
	let text: string;
	if (typeof value === 'string') text = value;
	else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
	else if (value instanceof Date) {
		const time = value.getTime();
		if (Number.isNaN(time)) return undefined;
		const iso = value.toISOString();
		text = time % 86_400_000 === 0 ? iso.slice(0, 10) : iso;
	} else text = stableText(value);
	if (!normalise) return text;
	const normalised = text.trim().toLowerCase();
	return normalised === '' ? undefined : normalised;
}

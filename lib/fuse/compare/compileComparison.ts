import { toFiniteNumber } from '../../clean/stats/toFiniteNumber';
import { fieldReader, type Row } from '../../core/record';
import { checkComparison } from './checkComparison';
import type { Comparison, ComparisonLevel, CompiledComparison, TextPart } from './comparison';
import { comparisonText } from './comparisonText';
import { damerauLevenshtein } from './damerauLevenshtein';
import { jaccard } from './jaccard';
import { jaro } from './jaro';
import { jaroWinkler } from './jaroWinkler';
import { levelLabel } from './levelLabel';
import { levenshtein } from './levenshtein';
import { numericDifference } from './numericDifference';
import { readDateDays } from './readDateDays';
import { textPart } from './textPart';

/** Days per unit of a `dateDifference` level, as Splink's AbsoluteDateDifferenceLevel (365.25-day years). */
const DAYS_PER_UNIT = { day: 1, month: 365.25 / 12, year: 365.25 } as const;

// Level kinds as small integers, so that `level()` is one switch over a typed array.
const ELSE = 0;
const EXACT = 1;
const JARO_WINKLER = 2;
const JARO = 3;
const JACCARD = 4;
const LEVENSHTEIN = 5;
const DAMERAU_LEVENSHTEIN = 6;
const DIFFERENCE = 7;
const DATE_DIFFERENCE = 8;
const SWAPPED = 9;
const NULL = 10;

const KIND_CODES: Record<ComparisonLevel['kind'], number> = {
	else: ELSE,
	exact: EXACT,
	jaroWinkler: JARO_WINKLER,
	jaro: JARO,
	jaccard: JACCARD,
	levenshtein: LEVENSHTEIN,
	damerauLevenshtein: DAMERAU_LEVENSHTEIN,
	numericDifference: DIFFERENCE,
	dateDifference: DATE_DIFFERENCE,
	swapped: SWAPPED,
	null: NULL,
};

/**
 * Prepares a comparison for a set of records (checked first with `checkComparison`). Every
 * record's value is read once here: its comparison text (lower-cased and trimmed unless
 * `normalise: false`; numbers as their text), an integer id per distinct text (so exact and
 * swapped levels compare integers), and, only when a level needs them, its email part, number
 * and date (days since 1970). `level(i, j)` then allocates nothing: it returns the index of the
 * first level that holds for records `i` and `j`.
 *
 * Levels run in order. A `null` level (first, if any) holds when either value is missing, or not
 * a readable date with `invalidDatesAsNull`. Without one, a missing value fails every level but
 * `else`, as SQL's NULL does in Splink's CASE expression. A similarity or distance shared by
 * several levels (Jaro-Winkler ≥ 0.92, ≥ 0.88, ≥ 0.7) is computed once per call; a distance is
 * computed only up to the largest `max` asked for. A final `else` level is added if missing.
 *
 * @example
 * const names = compileComparison(nameComparison('surname'), records);
 * names.labels; // ['Null', 'Exact match', 'Jaro-Winkler >= 0.92', 'Jaro-Winkler >= 0.88', 'Jaro-Winkler >= 0.7', 'All other comparisons']
 * names.level(0, 1); // 3 for 'Smith' vs 'Smyth' (Jaro-Winkler 0.893 >= 0.88)
 */
export function compileComparison(comparison: Comparison, records: Row[]): CompiledComparison {
	checkComparison(comparison);
	const field = comparison.field;
	const name = comparison.name !== undefined && comparison.name !== '' ? comparison.name : field;
	const normalise = comparison.normalise ?? true;
	const levels: ComparisonLevel[] = [...comparison.levels];
	if (levels[levels.length - 1].kind !== 'else') levels.push({ kind: 'else' });
	const count = levels.length;
	const size = records.length;

	// One dictionary for the field, its parts and swapped fields, so ids compare across them.
	const dictionary = new Map<string, number>();
	const idOf = (text: string | undefined): number => {
		if (text === undefined) return -1;
		let id = dictionary.get(text);
		if (id === undefined) {
			id = dictionary.size;
			dictionary.set(text, id);
		}
		return id;
	};

	const read = fieldReader(field);
	const raw: unknown[] = new Array(size);
	const texts: (string | undefined)[] = new Array(size);
	const ids = new Int32Array(size);
	for (let i = 0; i < size; i++) {
		raw[i] = read(records[i]);
		texts[i] = comparisonText(raw[i], normalise);
		ids[i] = idOf(texts[i]);
	}

	// Source 0 is the whole text; each email part used gets its own source.
	const sourceTexts: (string | undefined)[][] = [texts];
	const sourceIds: Int32Array[] = [ids];
	const partSources = new Map<TextPart, number>();
	const sourceOf = (part: TextPart | undefined): number => {
		if (part === undefined) return 0;
		let source = partSources.get(part);
		if (source === undefined) {
			const partTexts: (string | undefined)[] = new Array(size);
			const partIds = new Int32Array(size);
			for (let i = 0; i < size; i++) {
				const text = texts[i];
				partTexts[i] = text === undefined ? undefined : textPart(text, part);
				partIds[i] = idOf(partTexts[i]);
			}
			source = sourceTexts.length;
			sourceTexts.push(partTexts);
			sourceIds.push(partIds);
			partSources.set(part, source);
		}
		return source;
	};

	const needsNumbers = levels.some((level) => level.kind === 'numericDifference');
	const invalidDatesAsNull = levels[0].kind === 'null' && levels[0].invalidDatesAsNull === true;
	const needsDates = invalidDatesAsNull || levels.some((level) => level.kind === 'dateDifference');
	const numbers = new Float64Array(needsNumbers ? size : 0);
	const days = new Float64Array(needsDates ? size : 0);
	const missing = new Uint8Array(size);
	for (let i = 0; i < size; i++) {
		if (needsNumbers) numbers[i] = toFiniteNumber(raw[i]);
		if (needsDates) days[i] = readDateDays(raw[i]);
		missing[i] = texts[i] === undefined || (invalidDatesAsNull && Number.isNaN(days[i])) ? 1 : 0;
	}

	const kinds = new Uint8Array(count);
	const params = new Float64Array(count);
	const sources = new Int32Array(count);
	// Jaccard's q, or 1 for a relative numeric difference.
	const qs = new Int32Array(count);
	const slots = new Int32Array(count).fill(-1);
	const others: Int32Array[] = new Array(count).fill(ids);
	const slotKeys = new Map<string, number>();
	const slotCaps: number[] = [];
	for (let l = 0; l < count; l++) {
		const level = levels[l];
		const kind = KIND_CODES[level.kind];
		switch (level.kind) {
			case 'exact':
				sources[l] = sourceOf(level.part);
				break;
			case 'jaroWinkler':
			case 'jaro':
			case 'jaccard':
			case 'levenshtein':
			case 'damerauLevenshtein': {
				sources[l] = sourceOf(level.part);
				// A distance d <= max is scored as −d >= −max, so one test serves both.
				params[l] = 'threshold' in level ? level.threshold : -level.max;
				qs[l] = level.kind === 'jaccard' ? (level.q ?? 2) : 0;
				// Levels measuring the same thing on the same text share one computed value per call.
				const key = `${kind}:${sources[l]}:${qs[l]}`;
				let slot = slotKeys.get(key);
				if (slot === undefined) {
					slot = slotCaps.length;
					slotKeys.set(key, slot);
					slotCaps.push(0);
				}
				slots[l] = slot;
				if ('max' in level) slotCaps[slot] = Math.max(slotCaps[slot], Math.floor(level.max));
				break;
			}
			case 'numericDifference':
				params[l] = level.max;
				qs[l] = level.relative ? 1 : 0;
				break;
			case 'dateDifference':
				params[l] = level.max * DAYS_PER_UNIT[level.unit];
				break;
			case 'swapped': {
				const readOther = fieldReader(level.otherField);
				const otherIds = new Int32Array(size);
				for (let i = 0; i < size; i++) otherIds[i] = idOf(comparisonText(readOther(records[i]), normalise));
				others[l] = otherIds;
				break;
			}
		}
		kinds[l] = kind;
	}

	const nullLevel = kinds[0] === NULL ? 0 : -1;
	const first = nullLevel === 0 ? 1 : 0;
	const slotCount = slotCaps.length;
	const caps = Float64Array.from(slotCaps);
	const slotValues = new Float64Array(slotCount);
	const slotStamps = new Uint32Array(slotCount);
	let stamp = 0;

	const level = (i: number, j: number): number => {
		if (nullLevel === 0 && (missing[i] === 1 || missing[j] === 1)) return 0;
		if (slotCount > 0) {
			stamp = (stamp + 1) >>> 0;
			if (stamp === 0) {
				slotStamps.fill(0);
				stamp = 1;
			}
		}
		for (let l = first; l < count; l++) {
			switch (kinds[l]) {
				case ELSE:
					return l;
				case EXACT: {
					const source = sourceIds[sources[l]];
					const id = source[i];
					if (id >= 0 && id === source[j]) return l;
					break;
				}
				case JARO_WINKLER:
				case JARO:
				case JACCARD:
				case LEVENSHTEIN:
				case DAMERAU_LEVENSHTEIN: {
					const slot = slots[l];
					let score: number;
					if (slotStamps[slot] === stamp) score = slotValues[slot];
					else {
						score = measure(kinds[l], sources[l], qs[l], caps[slot], i, j);
						slotValues[slot] = score;
						slotStamps[slot] = stamp;
					}
					if (score >= params[l]) return l;
					break;
				}
				case DIFFERENCE:
					// NaN (an unreadable number) fails the comparison, as NULL does in SQL.
					if (numericDifference(numbers[i], numbers[j], qs[l] === 1) <= params[l]) return l;
					break;
				case DATE_DIFFERENCE:
					if (Math.abs(days[i] - days[j]) <= params[l]) return l;
					break;
				case SWAPPED: {
					const other = others[l];
					const a = ids[i];
					const b = ids[j];
					if (a >= 0 && b >= 0 && a === other[j] && b === other[i]) return l;
					break;
				}
			}
		}
		return count - 1;
	};

	/** A similarity, or a distance negated (so higher is closer); −Infinity if a text is missing. */
	const measure = (kind: number, source: number, q: number, cap: number, i: number, j: number): number => {
		const sourceText = sourceTexts[source];
		const a = sourceText[i];
		const b = sourceText[j];
		if (a === undefined || b === undefined) return -Infinity;
		// Equal texts: no need to run the algorithm (similarity 1, distance 0).
		const equal = sourceIds[source][i] === sourceIds[source][j];
		switch (kind) {
			case JARO_WINKLER:
				return equal ? 1 : jaroWinkler(a, b);
			case JARO:
				return equal ? 1 : jaro(a, b);
			case JACCARD:
				return equal ? 1 : jaccard(a, b, q);
			case LEVENSHTEIN:
				return equal ? 0 : -levenshtein(a, b, cap);
			default:
				return equal ? 0 : -damerauLevenshtein(a, b, cap);
		}
	};

	return {
		name,
		field,
		levels,
		labels: levels.map(levelLabel),
		nullLevel,
		level,
		valueKey: (i: number): string | undefined => (missing[i] === 1 ? undefined : texts[i]),
	};
}

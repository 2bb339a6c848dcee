import type { Comparison } from './comparison';

const TEXT_PARTS = new Set(['emailUser', 'emailDomain']);
const DATE_UNITS = new Set(['day', 'month', 'year']);

/**
 * Checks a comparison's settings and throws an `Error` naming the comparison and the level
 * (1-based) at fault: a missing field, no levels, an unknown kind, a similarity threshold outside
 * 0..1, a negative or non-numeric `max`, an unknown date unit or text part, a `null` level that
 * is not first, or levels after an `else` (they could never be reached). Returns nothing when
 * all is well.
 *
 * @example
 * checkComparison({ field: 'name', levels: [{ kind: 'jaroWinkler', threshold: 92 }] });
 * // Error: Comparison "name", level 1 (jaroWinkler): threshold must be a number from 0 to 1, got 92
 */
export function checkComparison(comparison: Comparison): void {
	if (comparison === null || typeof comparison !== 'object') throw new Error('A comparison must be an object with a field and levels');
	const { field, levels } = comparison;
	const name = typeof comparison.name === 'string' && comparison.name !== '' ? comparison.name : field;
	const where = `Comparison ${JSON.stringify(typeof name === 'string' ? name : '?')}`;
	if (typeof field !== 'string' || field === '') throw new Error(`${where}: field is missing; name the record field to compare`);
	if (comparison.normalise !== undefined && typeof comparison.normalise !== 'boolean') {
		throw new Error(`${where}: normalise must be true or false`);
	}
	if (!Array.isArray(levels) || levels.length === 0) throw new Error(`${where}: levels are empty; give at least one level`);

	levels.forEach((level, index) => {
		const at = `${where}, level ${index + 1}`;
		if (level === null || typeof level !== 'object') throw new Error(`${at}: a level must be an object with a kind`);
		const is = `${at} (${String(level.kind)})`;
		const part = (level as { part?: unknown }).part;
		if (part !== undefined && !TEXT_PARTS.has(part as string)) {
			throw new Error(`${is}: part must be 'emailUser' or 'emailDomain', got ${JSON.stringify(part)}`);
		}
		switch (level.kind) {
			case 'null':
				if (index !== 0) throw new Error(`${is}: the null level must come first, before any level that compares values`);
				break;
			case 'exact':
				if (level.termFrequency && level.part !== undefined) {
					throw new Error(`${is}: term frequencies apply to the whole value; drop termFrequency or part`);
				}
				break;
			case 'jaroWinkler':
			case 'jaro':
			case 'jaccard':
				if (typeof level.threshold !== 'number' || !(level.threshold >= 0 && level.threshold <= 1)) {
					throw new Error(`${is}: threshold must be a number from 0 to 1, got ${String(level.threshold)}`);
				}
				if (level.kind === 'jaccard' && level.q !== undefined && !(Number.isInteger(level.q) && level.q >= 1)) {
					throw new Error(`${is}: q must be a whole number of 1 or more, got ${String(level.q)}`);
				}
				break;
			case 'levenshtein':
			case 'damerauLevenshtein':
			case 'numericDifference':
			case 'dateDifference':
				if (typeof level.max !== 'number' || !(level.max >= 0) || level.max === Infinity) {
					throw new Error(`${is}: max must be a number of 0 or more, got ${String(level.max)}`);
				}
				if (level.kind === 'dateDifference' && !DATE_UNITS.has(level.unit)) {
					throw new Error(`${is}: unit must be 'day', 'month' or 'year', got ${JSON.stringify(level.unit)}`);
				}
				break;
			case 'swapped':
				if (typeof level.otherField !== 'string' || level.otherField === '') {
					throw new Error(`${is}: otherField is missing; name the field whose values may be swapped with "${field}"`);
				}
				if (level.otherField === field) throw new Error(`${is}: otherField must differ from the comparison's field`);
				break;
			case 'else':
				if (index !== levels.length - 1) throw new Error(`${is}: the else level must be last; the levels after it could never be reached`);
				break;
			default:
				throw new Error(
					`${is}: unknown kind; use null, exact, jaroWinkler, jaro, jaccard, levenshtein, damerauLevenshtein, numericDifference, dateDifference, swapped or else`,
				);
		}
	});
}

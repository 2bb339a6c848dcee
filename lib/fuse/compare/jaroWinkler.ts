import { jaro } from './jaro';

/**
 * Jaro-Winkler similarity in 0..1, exactly as jellyfish's `jaro_winkler_similarity` (without
 * `long_tolerance`) and DuckDB's `jaro_winkler_similarity` (Splink's `JaroWinklerLevel`): the
 * Jaro score, raised by `prefixScale × (1 − jaro)` for each of up to 4 leading characters in
 * common, but only when the Jaro score is above 0.7 (talisman boosts at ≥ 0.7; we do not).
 *
 * `prefixScale` must be within 0..0.25 so the result stays within 0..1 (Winkler's 0.1 is the
 * default). An empty string gives 0, as in jellyfish.
 *
 * @example
 * jaroWinkler('MARTHA', 'MARHTA'); // 0.9611…
 * jaroWinkler('DWAYNE', 'DUANE'); // 0.84
 * jaroWinkler('DIXON', 'DICKSONX'); // 0.8133…
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
	if (!(prefixScale >= 0 && prefixScale <= 0.25)) {
		throw new RangeError(`jaroWinkler: prefixScale must be within 0..0.25, got ${prefixScale}`);
	}
	const score = jaro(a, b);
	if (score <= 0.7) return score;
	const limit = Math.min(4, a.length, b.length);
	let prefix = 0;
	while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
	return prefix === 0 ? score : score + prefix * prefixScale * (1 - score);
}

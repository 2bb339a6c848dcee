/**
 * Splink's default starting m of a comparison (`_default_m_values`): the first non-null level,
 * the strongest agreement since levels are declared strongest first, gets 0.95 and the other
 * non-null levels share the remaining 0.05 evenly. EM only needs a start on the right side: a
 * close agreement is far more likely among matches. The null level gets `u[nullLevel]`, so its
 * Bayes factor is 1 (neutral).
 *
 * @example
 * startingM(4, 0, Float64Array.from([0.1, 0.01, 0.04, 0.95])); // Float64Array [0.1, 0.95, 0.025, 0.025]
 */
export function startingM(levelCount: number, nullLevel: number, u: Float64Array): Float64Array {
	const m = new Float64Array(levelCount);
	const nonNullLevels = levelCount - (nullLevel >= 0 ? 1 : 0);
	let first = true;
	for (let level = 0; level < levelCount; level++) {
		if (level === nullLevel) {
			m[level] = u[level];
		} else if (first) {
			m[level] = nonNullLevels === 1 ? 1 : 0.95;
			first = false;
		} else {
			m[level] = 0.05 / (nonNullLevels - 1);
		}
	}
	return m;
}

/**
 * How many records each source has, indexed by source (a source index with no records counts 0).
 *
 * @example
 * sourceSizes(Int32Array.from([2, 0, 2])); // [1, 0, 2]
 */
export function sourceSizes(sources: Int32Array): number[] {
	const sizes: number[] = [];
	for (const source of sources) {
		if (source < 0) throw new RangeError(`source index ${source} is negative`);
		while (sizes.length <= source) sizes.push(0);
		sizes[source]++;
	}
	return sizes;
}

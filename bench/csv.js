/**
 * Part 1: CSV → row objects and row objects → CSV, our library (dist/lib, as published) against
 * papaparse in the same process on the same input. Run by bench/run.js in its own Node process
 * with --expose-gc (a full GC before every timed run, so no run pays for another's garbage).
 *
 * Usage: node --expose-gc bench/csv.js [--quick] [--json <file>]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const Papa = require('papaparse');
const lib = require('../dist/lib/index.js');
const { generateContacts, toCsv, COLUMNS } = require('./data');
const { median, msSince, fmt, mb, table } = require('./stats');

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const SIZES = quick ? [100_000] : [100_000, 1_000_000];
const RUNS = { 100_000: 5, 1_000_000: 3 };
const GOAL = 0.8;

const gc = global.gc ?? (() => {});
/**
 * Lets pending promise jobs finish (an async parse's resolved promises hold its result until
 * then) and collects all garbage, so heap figures count only what is alive.
 */
async function settle() {
	await new Promise((r) => setTimeout(r, 10));
	gc();
	gc();
}
/** Holds a run's result through the GC after it, so its retained size can be read. */
let sink;

/** Every case: a name, whose it is, and a function doing the work on the prepared input. */
function parseCases(text, bytes) {
	return [
		{
			group: 'CSV → items',
			name: 'ours: streamCsv(text) row callback',
			who: 'ours',
			run: async () => {
				const rows = [];
				await lib.csv.streamCsv(text, {}, (row) => {
					rows.push(row);
				});
				return rows;
			},
		},
		{
			group: 'CSV → items',
			name: "ours: readRecords('csv', text)",
			who: 'ours',
			run: () => lib.readRecords('csv', text),
		},
		{
			group: 'CSV → items',
			name: 'papaparse: Papa.parse(text, header)',
			who: 'peer',
			run: () => Papa.parse(text, { header: true, skipEmptyLines: true }).data,
		},
	].concat(
		bytes
			? [
					{
						group: 'UTF-8 bytes → items',
						name: 'ours: streamCsv(bytes) (decodes UTF-8 itself)',
						who: 'ours',
						run: async () => {
							const rows = [];
							await lib.csv.streamCsv(bytes, {}, (row) => {
								rows.push(row);
							});
							return rows;
						},
					},
					{
						group: 'UTF-8 bytes → items',
						name: 'papaparse: Papa.parse(bytes.toString())',
						who: 'peer',
						run: () => Papa.parse(bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data,
					},
				]
			: [],
	);
}

function writeCases(rows) {
	return [
		{ group: 'items → CSV text', name: 'ours: writeCsv (neutralise formulas: on, default)', who: 'ours', run: () => lib.csv.writeCsv(rows) },
		{ group: 'items → CSV text', name: 'ours: writeCsv (neutralise formulas: off)', who: 'ours', run: () => lib.csv.writeCsv(rows, { neutraliseFormulas: false }) },
		{ group: 'items → CSV text', name: 'papaparse: Papa.unparse(rows)', who: 'peer', run: () => Papa.unparse(rows) },
		// What a file needs: UTF-8 bytes. The node streams csvChunks' pieces into its binary
		// output, each piece encoded as it goes; the peer encodes its one string.
		{
			group: 'items → CSV bytes',
			name: 'ours: csvChunks pieces → UTF-8 (on; the node\'s path)',
			who: 'ours',
			run: () => {
				let bytes = 0;
				for (const piece of lib.csv.csvChunks(rows, {})) bytes += Buffer.from(piece, 'utf8').length;
				return bytes;
			},
		},
		{ group: 'items → CSV bytes', name: 'papaparse: Buffer.from(Papa.unparse(rows))', who: 'peer', run: () => Buffer.from(Papa.unparse(rows), 'utf8').length },
	];
}

/**
 * Runs each case once to warm up, then `runs` times, reversing the order every round (ours,
 * peer, peer, ours …) so neither side always runs on a fresher heap. Returns per case the
 * durations and the heap the result keeps alive.
 */
async function measure(cases, rowsCount, runs, warmup) {
	for (const c of cases) {
		await warmup(c);
		await settle();
	}
	const results = new Map(cases.map((c) => [c, { ms: [], retained: [] }]));
	for (let round = 0; round < runs; round++) {
		const order = round % 2 ? [...cases].reverse() : cases;
		for (const c of order) {
			await settle();
			const heapBefore = process.memoryUsage().heapUsed;
			const start = process.hrtime.bigint();
			sink = await c.run();
			const ms = msSince(start);
			await settle();
			const r = results.get(c);
			r.ms.push(ms);
			r.retained.push(process.memoryUsage().heapUsed - heapBefore);
			sink = undefined;
		}
	}
	return cases.map((c) => {
		const { ms, retained } = results.get(c);
		const medianMs = median(ms);
		return {
			group: c.group,
			name: c.name,
			who: c.who,
			rows: rowsCount,
			runs,
			ms,
			medianMs,
			rowsPerSec: rowsCount / (medianMs / 1000),
			retainedBytes: median(retained),
		};
	});
}

/** Parses with both and checks they agree, so the timings compare the same work. */
async function checkParse(text, expectedRows) {
	const ours = await lib.readRecords('csv', text);
	const peer = Papa.parse(text, { header: true, skipEmptyLines: true });
	assert.equal(peer.errors.length, 0, `papaparse reported errors: ${JSON.stringify(peer.errors.slice(0, 3))}`);
	assert.equal(ours.length, expectedRows);
	assert.equal(peer.data.length, expectedRows);
	assert.deepEqual(Object.keys(ours[0]), COLUMNS);
	assert.deepEqual(ours, peer.data);
}

/** Both writers' output reads back to the same strings; ours with neutralising off matches papaparse's. */
async function checkWrite(rows) {
	const back = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data;
	const peer = back(Papa.unparse(rows));
	const oursOff = back(lib.csv.writeCsv(rows, { neutraliseFormulas: false }));
	assert.equal(peer.length, rows.length);
	assert.deepEqual(oursOff, peer);
	const oursOn = back(lib.csv.writeCsv(rows));
	assert.equal(oursOn.length, rows.length);
	assert.ok(oursOn[0].phone.startsWith("'+"), 'neutralising on should guard phones starting with +');
	const streamed = [...lib.csv.csvChunks(rows, {})].join('');
	assert.equal(streamed, lib.csv.writeCsv(rows));
}

/** Peak RSS over one run of one case, each in a fresh process (bench/csv-mem.js). */
function peakMemory(size, textFile) {
	const out = [];
	for (const [op, who] of [
		['parse', 'ours'],
		['parse', 'peer'],
		['write', 'ours'],
		['write', 'peer'],
	]) {
		const res = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'csv-mem.js'), op, who, String(size), textFile], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		if (res.status !== 0) throw new Error(`csv-mem ${op} ${who} failed (${res.status})`);
		out.push({ op, who, rows: size, ...JSON.parse(res.stdout.trim().split('\n').pop()) });
	}
	return out;
}

async function main() {
	const all = [];
	const memory = [];
	const inputs = {};
	let warmText;
	let warmRows;
	for (const size of SIZES) {
		const t0 = process.hrtime.bigint();
		let rows = generateContacts(size);
		let text = toCsv(rows);
		let bytes = Buffer.from(text, 'utf8');
		inputs[size] = { chars: text.length, bytes: bytes.length };
		console.log(
			`\n${fmt(size)} rows × ${COLUMNS.length} columns: ${mb(bytes.length)} of UTF-8 CSV ` +
				`(generated in ${fmt(msSince(t0) / 1000, 1)} s); ${RUNS[size]} runs per case after one warm-up`,
		);
		if (size === SIZES[0]) {
			warmText = text;
			warmRows = rows;
			await checkParse(text, size);
			await checkWrite(rows);
			console.log('checked: both parsers give identical rows; both writers read back identically');
		}
		// Warm up on the 100k input: the JIT needs the code paths, not the size.
		const warmCases = { parse: parseCases(warmText, Buffer.from(warmText, 'utf8')), write: writeCases(warmRows) };
		const warm = (kind) => (c) => warmCases[kind].find((w) => w.name === c.name).run();

		const parsed = await measure(parseCases(text, bytes), size, RUNS[size], warm('parse'));
		bytes = undefined;
		gc();
		const written = await measure(writeCases(rows), size, RUNS[size], warm('write'));
		all.push(...parsed, ...written);
		printSize(size, [...parsed, ...written]);

		if (size === 100_000 || !process.env.BENCH_SKIP_1M_MEMORY) {
			const file = path.join(require('node:os').tmpdir(), `crm-bench-${size}.csv`);
			fs.writeFileSync(file, text);
			rows = undefined;
			text = undefined;
			gc();
			try {
				const mem = peakMemory(size, file);
				memory.push(...mem);
				printMemory(size, mem);
			} finally {
				fs.rmSync(file, { force: true });
			}
		}
	}
	const result = { node: process.version, quick, sizes: SIZES, runs: RUNS, inputs, goal: GOAL, cases: all, memory };
	if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2));
	return result;
}

/** Ratio of each of our cases to the peer of its group. */
function withRatios(cases) {
	return cases.map((c) => {
		const peer = cases.find((p) => p.rows === c.rows && p.group === c.group && p.who === 'peer');
		return { ...c, ratio: c.who === 'ours' && peer ? c.rowsPerSec / peer.rowsPerSec : undefined };
	});
}

function printSize(size, cases) {
	const rows = [['case', 'median', 'rows/s', 'ours/papaparse', `goal ≥ ${GOAL}×`, 'result heap']];
	for (const c of withRatios(cases)) {
		rows.push([
			`${c.group} | ${c.name}`,
			`${fmt(c.medianMs)} ms`,
			fmt(c.rowsPerSec),
			c.ratio === undefined ? '' : `${fmt(c.ratio, 2)}×`,
			c.ratio === undefined ? '' : c.ratio >= GOAL ? 'met' : 'MISSED',
			c.group.startsWith('items → CSV') ? '' : mb(c.retainedBytes),
		]);
	}
	console.log(table(rows));
	console.log('each run, ms, in order:');
	for (const c of cases) console.log(`  ${c.group} | ${c.name}: ${c.ms.map((m) => fmt(m)).join(' / ')}`);
}

function printMemory(size, mem) {
	const rows = [['peak RSS above baseline, one run in a fresh process', 'ours', 'papaparse', 'ours/papaparse']];
	for (const op of ['parse', 'write']) {
		const ours = mem.find((m) => m.op === op && m.who === 'ours');
		const peer = mem.find((m) => m.op === op && m.who === 'peer');
		rows.push([
			`${fmt(size)} rows, ${op === 'parse' ? 'CSV text → row objects' : 'row objects → CSV text'}`,
			mb(ours.peakDelta),
			mb(peer.peakDelta),
			`${fmt(ours.peakDelta / peer.peakDelta, 2)}×`,
		]);
	}
	console.log(table(rows));
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { withRatios };

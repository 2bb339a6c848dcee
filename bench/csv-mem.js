/**
 * One run of one CSV case in a fresh process, reporting the peak resident memory it took above
 * the process's memory just before it. A worker thread samples the process's RSS every 2 ms
 * into shared memory (the parsers run synchronously for long stretches, so the main thread
 * cannot sample itself).
 *
 * Usage (from bench/csv.js): node --expose-gc bench/csv-mem.js parse|write ours|peer <rows> <csv file>
 * Prints one JSON line: { baseline, peak, peakDelta, ms }.
 */
'use strict';

const fs = require('node:fs');
const { Worker } = require('node:worker_threads');
const Papa = require('papaparse');
const lib = require('../dist/lib/index.js');
const { generateContacts } = require('./data');

const [op, who, size, file] = process.argv.slice(2);
const gc = global.gc ?? (() => {});

function startSampler() {
	const shared = new Float64Array(new SharedArrayBuffer(16));
	const worker = new Worker(
		`const { workerData } = require('node:worker_threads');
		const peak = new Float64Array(workerData);
		const sample = () => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; };
		setInterval(sample, 2);`,
		{ eval: true, workerData: shared.buffer },
	);
	return {
		reset: () => {
			shared[0] = process.memoryUsage.rss();
		},
		peak: () => Math.max(shared[0], process.memoryUsage.rss()),
		stop: () => worker.terminate(),
	};
}

async function main() {
	let input;
	if (op === 'parse') input = fs.readFileSync(file, 'utf8');
	else input = generateContacts(Number(size));
	const run = {
		'parse ours': async () => {
			const rows = [];
			await lib.csv.streamCsv(input, {}, (row) => {
				rows.push(row);
			});
			return rows;
		},
		'parse peer': () => Papa.parse(input, { header: true, skipEmptyLines: true }).data,
		'write ours': () => lib.csv.writeCsv(input),
		'write peer': () => Papa.unparse(input),
	}[`${op} ${who}`];
	if (!run) throw new Error(`unknown case ${op} ${who}`);
	const sampler = startSampler();
	await new Promise((r) => setTimeout(r, 100));
	gc();
	gc();
	await new Promise((r) => setTimeout(r, 50));
	const baseline = process.memoryUsage.rss();
	sampler.reset();
	const start = process.hrtime.bigint();
	const out = await run();
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	await new Promise((r) => setTimeout(r, 20));
	const peak = sampler.peak();
	await sampler.stop();
	const length = typeof out === 'string' ? out.length : out.length;
	console.log(JSON.stringify({ baseline, peak, peakDelta: peak - baseline, ms, length }));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

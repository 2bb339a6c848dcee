#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): our CSV reading and writing against papaparse in the
 * same Node process, then our Convert Format node against n8n's Extract from File in a real
 * n8n 2.40.7, then the cleaning library against pandas on the same records, then entity
 * resolution (Fuse Records' library) on FEBRL4, FEBRL3 and fake_1000 against their ground truth
 * and Splink's published figures, and a generated 100k × 100k linkage, then the sync engine
 * (Third-Party Sync's library) pushing 10,000 records to the sink mock at 20 ms latency, against
 * the limit concurrency × batch size / latency. Prints every figure and ratio measured in this
 * run, and a Markdown summary for docs/benchmarks.md. Method: docs/benchmarks.md.
 *
 *   node bench/run.js [--quick] [--skip-n8n] [--skip-csv] [--skip-clean] [--skip-linkage] [--skip-sync] [--n8n-runs N] [--save-executions]
 *
 * --quick (or BENCH_QUICK=1): 100k rows only in parts 1 and 3 (part 2 is always 100k rows),
 *   the generated linkage of part 4 at 20k × 20k instead of 100k × 100k, and fewer cases in part 5.
 * --skip-clean: no part 3. Part 3 needs pandas for Debian's Python (`apt-get install -y
 *   python3-pandas`, run as /usr/bin/python3, or BENCH_PYTHON); without it, ours is timed alone.
 * --skip-linkage: no part 4 (it reads the public sets from ../shared/data, or BENCH_LINKAGE_DATA).
 * --skip-sync: no part 5 (it starts test/mock-sink in a child process on a free loopback port).
 * --n8n-runs N: requests per node in part 2 (default 15: with 7 the peak moved between 0.86× and
 *   1.37× from run to run of the same code), alternating between the two.
 * --save-executions: keep n8n's default of saving successful executions (off here: the
 *   benchmark workflows set saveDataSuccessExecution "none", so storing 100k items in SQLite
 *   does not hide the nodes' own cost).
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { fmt, mb, markdown } = require('./stats');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const quick = flag('--quick') || process.env.BENCH_QUICK === '1';
const n8nRuns = flag('--n8n-runs') ? Number(args[args.indexOf('--n8n-runs') + 1]) : 15;

function cpuModel() {
	const cpus = os.cpus();
	return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`;
}

async function main() {
	const started = Date.now();
	const distLib = path.join(__dirname, '../dist/lib/index.js');
	if (!fs.existsSync(distLib)) throw new Error('dist/lib/index.js is missing: run `npm run build` first (npm run bench does)');
	const summary = {
		date: new Date().toISOString(),
		machine: { cpus: cpuModel(), memory: mb(os.totalmem()), node: process.version, platform: `${os.type()} ${os.release()}` },
		papaparse: require('papaparse/package.json').version,
	};
	console.log(`Machine: ${summary.machine.cpus}, ${summary.machine.memory} RAM, ${summary.machine.platform}`);
	console.log(`Node ${process.version} (part 1), papaparse ${summary.papaparse}`);
	summary.loadBefore = os.loadavg().map((l) => fmt(l, 2)).join(' ');
	console.log(`Load average before: ${summary.loadBefore} (other work on the machine skews every figure; compare within a run)`);

	if (!flag('--skip-csv')) {
		console.log('\n== Part 1: CSV in the library vs papaparse, same process, same input ==');
		const jsonFile = path.join(os.tmpdir(), `crm-bench-csv-${process.pid}.json`);
		const child = spawnSync(
			process.execPath,
			['--expose-gc', '--max-old-space-size=8192', path.join(__dirname, 'csv.js'), ...(quick ? ['--quick'] : []), '--json', jsonFile],
			{ stdio: 'inherit' },
		);
		if (child.status !== 0) throw new Error(`bench/csv.js failed (exit ${child.status ?? child.signal})`);
		summary.csv = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
		fs.rmSync(jsonFile, { force: true });
	}

	if (!flag('--skip-n8n')) {
		console.log('\n== Part 2: 100k-row CSV file through a real n8n 2.40.7: Convert Format vs Extract from File ==');
		const { runN8nBench, printN8n } = require('./n8n');
		const result = await runN8nBench({ runs: n8nRuns, saveExecutions: flag('--save-executions') });
		console.log(
			`\n${fmt(result.rows)} rows × ${result.columns} columns, ${mb(result.fileBytes)} file, n8n ${result.n8nVersion} on Node ${result.n8nNode}, ` +
				`${result.runs} requests per node alternating, successful executions ${result.saveExecutions ? 'saved' : 'not saved'}`,
		);
		summary.n8n = { ...result, ...printN8n(result) };
	}

	if (!flag('--skip-clean')) {
		console.log('\n== Part 3: Clean Data lib vs pandas, same records, same steps ==');
		const jsonFile = path.join(os.tmpdir(), `crm-bench-clean-${process.pid}.json`);
		const child = spawnSync(
			process.execPath,
			['--expose-gc', '--max-old-space-size=8192', path.join(__dirname, 'clean.js'), ...(quick ? ['--quick'] : []), '--json', jsonFile],
			{ stdio: 'inherit' },
		);
		if (child.status !== 0) throw new Error(`bench/clean.js failed (exit ${child.status ?? child.signal})`);
		summary.clean = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
		fs.rmSync(jsonFile, { force: true });
	}

	if (!flag('--skip-linkage')) {
		console.log('\n== Part 4: Fuse Records linkage (accuracy and speed) ==');
		const jsonFile = path.join(os.tmpdir(), `crm-bench-linkage-${process.pid}.json`);
		const child = spawnSync(
			process.execPath,
			['--expose-gc', '--max-old-space-size=4096', path.join(__dirname, 'linkage.js'), ...(quick ? ['--quick'] : []), '--json', jsonFile],
			{ stdio: 'inherit' },
		);
		if (child.status !== 0) throw new Error(`bench/linkage.js failed (exit ${child.status ?? child.signal})`);
		summary.linkage = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
		fs.rmSync(jsonFile, { force: true });
	}

	if (!flag('--skip-sync')) {
		console.log('\n== Part 5: Third-Party Sync throughput (10,000 records, sink with 20 ms latency) ==');
		const jsonFile = path.join(os.tmpdir(), `crm-bench-sync-${process.pid}.json`);
		const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'sync.js'), ...(quick ? ['--quick'] : []), '--json', jsonFile], { stdio: 'inherit' });
		if (child.status !== 0) throw new Error(`bench/sync.js failed (exit ${child.status ?? child.signal})`);
		summary.sync = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
		fs.rmSync(jsonFile, { force: true });
	}

	summary.loadAfter = os.loadavg().map((l) => fmt(l, 2)).join(' ');
	console.log(`\nLoad average after: ${summary.loadAfter}`);
	console.log('\n== Markdown summary (for docs/benchmarks.md) ==\n');
	console.log(toMarkdown(summary));
	const out = path.join(os.tmpdir(), `crm-bench-${summary.date.replace(/[:.]/g, '-')}.json`);
	fs.writeFileSync(out, JSON.stringify(summary, null, 2));
	console.log(`\nAll figures as JSON: ${out}`);
	console.log(`Total bench time: ${fmt((Date.now() - started) / 1000, 0)} s`);
}

function toMarkdown(s) {
	const parts = [
		`Run ${s.date}: ${s.machine.cpus}, ${s.machine.memory} RAM; Node ${s.machine.node}; papaparse ${s.papaparse}; ` +
			`load average before ${s.loadBefore}, after ${s.loadAfter}.`,
	];
	if (s.csv) {
		const { withRatios } = require('./csv');
		const rows = [['Rows', 'Case', 'Median', 'Rows/s', 'Ours / papaparse']];
		for (const c of withRatios(s.csv.cases)) {
			rows.push([
				fmt(c.rows),
				`${c.group}: ${c.name}`,
				`${fmt(c.medianMs)} ms`,
				fmt(c.rowsPerSec),
				c.ratio === undefined ? '' : `${fmt(c.ratio, 2)}× ${c.ratio >= s.csv.goal ? '(goal ≥ 0.8×: met)' : '(goal ≥ 0.8×: missed)'}`,
			]);
		}
		parts.push(markdown(rows));
		if (s.csv.memory.length) {
			const mem = [['Rows', 'Operation', 'Peak RSS Δ ours', 'Peak RSS Δ papaparse', 'Ours / papaparse']];
			for (const size of s.csv.sizes) {
				for (const op of ['parse', 'write']) {
					const ours = s.csv.memory.find((m) => m.rows === size && m.op === op && m.who === 'ours');
					const peer = s.csv.memory.find((m) => m.rows === size && m.op === op && m.who === 'peer');
					if (!ours || !peer) continue;
					mem.push([fmt(size), op === 'parse' ? 'CSV → row objects' : 'row objects → CSV', mb(ours.peakDelta), mb(peer.peakDelta), `${fmt(ours.peakDelta / peer.peakDelta, 2)}×`]);
				}
			}
			parts.push(markdown(mem));
		}
	}
	if (s.n8n) {
		const r = s.n8n;
		const rows = require('./n8n').n8nTableRows(r);
		parts.push(markdown(rows));
		parts.push(
			`Time ours / Extract from File: **${fmt(r.timeRatio, 2)}×** (goal < 1: ${r.timeRatio < 1 ? 'met' : 'missed'}); ` +
				`peak memory (VmHWM − baseline) ours / Extract from File: **${fmt(r.memRatio, 2)}×** (goal ≤ 1: ${r.memRatio <= 1 ? 'met' : 'missed'}); ` +
				`peak RSS of the whole process: ${fmt(r.absMemRatio, 2)}×; first request's peak − baseline: ${fmt(r.firstRatio, 2)}×.`,
		);
	}
	if (s.clean) {
		const c = s.clean;
		parts.push(
			c.pandas
				? `Part 3: pandas ${c.pandas} / numpy ${c.numpy} (${c.python}).`
				: `Part 3: pandas not available (${c.pandasError}): ours timed alone.`,
		);
		const rows = [['Rows', 'Case', 'Median', 'Rows/s', 'Ours / pandas (time)', 'Peak RSS Δ, first run']];
		for (const k of c.cases) {
			const mem = c.memory.find((m) => m.rows === k.rows && m.who === k.who);
			rows.push([
				fmt(k.rows),
				k.name,
				`${fmt(k.medianMs)} ms`,
				fmt(k.rowsPerSec),
				k.ratio === undefined ? '' : `${fmt(k.ratio, 2)}× ${k.ratio < c.goal ? '(goal < 1×: met)' : '(goal < 1×: missed)'}`,
				mb(mem?.peakDelta),
			]);
		}
		parts.push(markdown(rows));
		for (const check of c.checks) {
			parts.push(
				`Checked at ${fmt(check.rows)} rows: every output value agrees with pandas (${fmt(check.numbers)} numbers, largest difference ` +
					`${check.maxNumberDiff}; ${fmt(check.textValues)} non-missing text values identical; filled and capped counts equal).`,
			);
		}
	}
	if (s.linkage) {
		const { accuracyRows, pairLevelRows, speedRows, bigRows } = require('./linkage');
		const l = s.linkage;
		parts.push(
			`Part 4: Fuse Records' library (\`fuse.resolveEntities\`), unsupervised Fellegi-Sunter; timed: resolveEntities + pairs from its clusters, ` +
				`reading excluded, warm-up then median of ${l.runs} runs; the generated link once in a fresh process${l.quick ? ' (--quick: 20k × 20k, not 100k × 100k)' : ''}.`,
		);
		parts.push(markdown(accuracyRows(l.sets, l.big)));
		const fake = l.sets.find((set) => set.labelled);
		if (fake) {
			const k = fake.labelled;
			parts.push(`fake_1000's clerically labelled pairs: ${fmt(k.tp)} of ${fmt(k.tp + k.fn)} matches linked, ${fmt(k.fp)} of ${fmt(k.fp + k.tn)} non-matches linked.`);
		}
		parts.push(markdown(pairLevelRows(l.sets, l.big)));
		parts.push(markdown(speedRows(l.sets, l.big)));
		parts.push(markdown(bigRows(l.big)));
	}
	if (s.sync) {
		const { throughputRows, cpuRows, faultRows } = require('./sync');
		const y = s.sync;
		parts.push(
			`Part 5: the sync engine (\`sync.syncRecords\`) pushing ${fmt(y.records)} records to test/mock-sink (its own process, ${y.latencyMs} ms latency per request); ` +
				`timed: syncRecords alone; warm-up, then median of ${y.runs} runs in rounds${y.quick ? ' (--quick: fewer cases)' : ''}; request function: ${y.requestFunction}. ` +
				`One PUT at a time with plain fetch: median ${fmt(y.roundTrip.medianMs, 1)} ms.`,
		);
		parts.push(markdown(throughputRows(y)));
		parts.push(markdown(cpuRows(y)));
		parts.push(
			`${fmt(y.faultShare * 100)}% of requests faulted (10% each: 503, 429 with Retry-After 0, reset after the write was applied); retries ${y.faultRetry.maxRetries}, ` +
				`backoff ${y.faultRetry.baseDelayMs}–${y.faultRetry.maxDelayMs} ms; one run each; expected requests / minimum 1 / (1 − ${y.faultShare}) = ${fmt(1 / (1 - y.faultShare), 2)}×.`,
		);
		parts.push(markdown(faultRows(y)));
	}
	return parts.join('\n\n');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

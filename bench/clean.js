/**
 * Part 3: cleaning records in the library (`clean.cleanRecords` from dist/lib, as published)
 * against pandas doing the same steps on the same rows (bench/clean_pandas.py, Debian's
 * python3-pandas). Run by bench/run.js in its own Node process with --expose-gc.
 *
 * Steps, the same on both sides and in this order:
 *   1. missing: amount, employees, score, revenue filled with the column's median;
 *   2. outliers: the same fields capped at Tukey's fences, k = 1.5, type 7 quartiles;
 *   3. text: name, email, company, city, job_title whitespace-collapsed and trimmed; email
 *      lower-cased; name title-cased.
 *
 * Timed: ours `cleanRecords(records, STEPS, OPTIONS)` on records already in memory (quality
 * report's counts included, the optional distinct counts not, as pandas computes none); pandas `clean(df)` on a frame already loaded (`df.copy()` included, as ours
 * never changes its input). Loading is not timed on either side.
 *
 * Usage: node --expose-gc bench/clean.js [--quick] [--json <file>]
 *        node --expose-gc bench/clean.js --mem-child <rows>   (one run, prints its peak memory)
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const lib = require('../dist/lib/index.js');
const { generateContacts, rng } = require('./data');
const { median, msSince, fmt, mb, table } = require('./stats');

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const SIZES = quick ? [100_000] : [100_000, 1_000_000];
const RUNS = { 100_000: 5, 1_000_000: 3 };
/** Debian's Python, which python3-pandas installs for (the python3 first on PATH may be another). */
const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
const GOAL = 1;

const NUMERIC = ['amount', 'employees', 'score', 'revenue'];
const TEXT = ['name', 'email', 'company', 'city', 'job_title'];
const COLUMNS = ['id', 'name', 'email', 'company', 'city', 'job_title', ...NUMERIC];

/** The steps, declared as data, as the Clean Data node passes them. */
const STEPS = [
	{ step: 'missing', fields: NUMERIC, action: 'median' },
	{ step: 'outliers', fields: NUMERIC, rule: { method: 'iqr', k: 1.5 }, action: 'cap' },
	{ step: 'normalise', fields: TEXT, normaliser: 'whitespace' },
	// 'lower', not 'email': pandas has no address syntax check, so this is the like-for-like step.
	{ step: 'normalise', fields: ['email'], normaliser: 'lower' },
	{ step: 'normalise', fields: ['name'], normaliser: 'title' },
];
/** pandas reads '' and 'N/A' as NaN (na_values); here they are missing values too. */
const OPTIONS = { missing: { tokens: ['N/A'] } };
const MISSING_MARKERS = [null, '', 'N/A'];

/**
 * `n` messy CRM records, 10 fields, deterministic: names, emails, companies, cities and job
 * titles of bench/data.js's contacts with their case and whitespace messed up (extra, leading
 * and trailing spaces, tabs, no-break spaces, line breaks; upper, lower and mixed case), four
 * numeric fields with a few far-out values, and about 5% missing values in every field but id
 * (null, '' or 'N/A', a third each).
 */
function generateMessy(n, seed = 20240917) {
	const contacts = generateContacts(n);
	const r = rng(seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
	const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
	const missing = (value) => (r() < 0.05 ? MISSING_MARKERS[Math.floor(r() * 3)] : value);
	const messCase = (text, share) => {
		const roll = r();
		if (roll >= share) return text;
		if (roll < share * 0.4) return text.toUpperCase();
		if (roll < share * 0.8) return text.toLowerCase();
		let out = '';
		for (const ch of text) out += r() < 0.5 ? ch.toUpperCase() : ch.toLowerCase();
		return out;
	};
	const messSpace = (text) => {
		const roll = r();
		if (roll < 0.6) return text;
		if (roll < 0.75) return `  ${text} `;
		if (roll < 0.85) return text.replace(/ /g, '  ');
		if (roll < 0.92) return text.replace(/ /g, ' \t');
		if (roll < 0.97) return `${text.replace(/ /g, '\u00A0')}\u00A0`;
		return `\n${text.replace(/ /g, ' \r\n ')}`;
	};
	const rows = new Array(n);
	for (let i = 0; i < n; i++) {
		const c = contacts[i];
		const outlier = r();
		// Roughly normal columns, so Tukey's fences flag under 1% of values besides the far-out ones.
		let amount = round(Math.abs(500 + 150 * normal()), 2);
		if (outlier < 0.003) amount = round(amount * (20 + r() * 80), 2);
		else if (outlier < 0.004) amount = -amount;
		let employees = Math.max(1, Math.round(120 + 30 * normal()));
		if (r() < 0.002) employees = 10_000 + Math.floor(r() * 200_000);
		let score = round(60 + 15 * normal(), 1);
		if (r() < 0.002) score = r() < 0.5 ? -999 : 9999;
		let revenue = round(Math.abs(1_000_000 + 250_000 * normal()), 2);
		if (r() < 0.002) revenue = round(revenue * 1000, 2);
		rows[i] = {
			id: c.id,
			name: missing(messSpace(messCase(`${c.first_name} ${c.last_name}`, 0.6))),
			email: missing(messSpace(messCase(c.email, 0.3))),
			company: missing(messSpace(messCase(c.company, 0.2))),
			city: missing(messSpace(messCase(c.city, 0.2))),
			job_title: missing(messSpace(c.job_title)),
			amount: missing(amount),
			employees: missing(employees),
			score: missing(score),
			revenue: missing(revenue),
		};
	}
	return rows;
}

/** CSV for pandas, written by this small writer: null and '' both become an empty cell. */
function writeCsv(rows, file) {
	const field = (value) => {
		if (value === null || value === undefined) return '';
		if (typeof value === 'number') return String(value);
		return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
	};
	const fd = fs.openSync(file, 'w');
	try {
		let chunk = `${COLUMNS.join(',')}\n`;
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			let line = '';
			for (let j = 0; j < COLUMNS.length; j++) line += (j ? ',' : '') + field(row[COLUMNS[j]]);
			chunk += `${line}\n`;
			if (chunk.length > 1 << 20) {
				fs.writeSync(fd, chunk);
				chunk = '';
			}
		}
		fs.writeSync(fd, chunk);
	} finally {
		fs.closeSync(fd);
	}
	return fs.statSync(file).size;
}

const gc = global.gc ?? (() => {});
async function settle() {
	await new Promise((r) => setTimeout(r, 10));
	gc();
	gc();
}

const run = (records) => lib.clean.cleanRecords(records, STEPS, OPTIONS);

/** Warm-up, then `runs` timed runs, each after a full GC. Returns the durations and the last result. */
async function timeOurs(records, runs) {
	run(records);
	let result;
	const ms = [];
	for (let k = 0; k < runs; k++) {
		result = undefined;
		await settle();
		const start = process.hrtime.bigint();
		result = run(records);
		ms.push(msSince(start));
	}
	return { ms, result };
}

function procStatus(field) {
	const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
	return m ? Number(m[1]) * 1024 : undefined;
}

/**
 * `--mem-child <rows>`: generates the records, collects garbage, resets VmHWM and runs the steps
 * once; prints { baseline, peak, peakDelta, heapFree, ms }. The pandas side measures its first run the same way.
 */
async function memChild(size) {
	const records = generateMessy(size);
	await settle();
	await new Promise((r) => setTimeout(r, 50));
	const baseline = procStatus('VmRSS');
	// Heap V8 has committed but not used (left from building the records): the run can fill it
	// without raising RSS, so the peak above baseline understates what the run allocates.
	const { heapTotal, heapUsed } = process.memoryUsage();
	let canReset = true;
	try {
		fs.writeFileSync('/proc/self/clear_refs', '5');
	} catch {
		canReset = false;
	}
	const start = process.hrtime.bigint();
	const result = run(records);
	const ms = msSince(start);
	const peak = canReset ? procStatus('VmHWM') : undefined;
	console.log(
		JSON.stringify({ baseline, peak, peakDelta: peak === undefined ? undefined : peak - baseline, heapFree: heapTotal - heapUsed, ms, rows: result.records.length }),
	);
}

function oursMemory(size) {
	const res = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', __filename, '--mem-child', String(size)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`bench/clean.js --mem-child ${size} failed (${res.status ?? res.signal})`);
	return JSON.parse(res.stdout.trim().split('\n').pop());
}

/** pandas' version for PYTHON, or undefined (with the reason) when it cannot import pandas. */
function pandasVersion() {
	const res = spawnSync(PYTHON, ['-c', 'import pandas, numpy; print(pandas.__version__, numpy.__version__)'], { encoding: 'utf8' });
	if (res.status !== 0) return { error: (res.error?.message ?? res.stderr.trim().split('\n').pop()) || `exit ${res.status}` };
	const [pandas, numpy] = res.stdout.trim().split(' ');
	return { pandas, numpy };
}

function runPandas(csvFile, runs, prefix) {
	const res = spawnSync(PYTHON, [path.join(__dirname, 'clean_pandas.py'), csvFile, String(runs), prefix], { stdio: 'inherit' });
	if (res.status !== 0) throw new Error(`bench/clean_pandas.py failed (exit ${res.status ?? res.signal})`);
	return JSON.parse(fs.readFileSync(`${prefix}.json`, 'utf8'));
}

/**
 * Compares our output with pandas' on every row: numbers within 1e-9 (relative above 1), text
 * exactly, our missing markers (null, '', 'N/A', left as they were) against pandas' NaN. Also
 * our report's filled and outlier counts against pandas'. Throws on any difference.
 */
function checkAgainstPandas(result, peer, prefix, rows) {
	const out = result.records;
	assert.equal(out.length, rows, 'ours dropped or added records');
	assert.equal(peer.rows, rows, 'pandas read another number of rows');
	const bin = fs.readFileSync(`${prefix}.num.bin`);
	const numbers = new Float64Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length));
	let maxDiff = 0;
	const diffs = [];
	NUMERIC.forEach((field, f) => {
		for (let i = 0; i < rows; i++) {
			const ours = out[i][field];
			const theirs = numbers[f * rows + i];
			const diff = Math.abs(ours - theirs);
			if (typeof ours !== 'number' || !(diff <= 1e-9 * Math.max(1, Math.abs(theirs)))) {
				if (diffs.length < 5) diffs.push(`${field} row ${i}: ours ${ours}, pandas ${theirs}`);
				else diffs.length++;
			}
			if (diff > maxDiff) maxDiff = diff;
		}
		const report = result.report.fields[field];
		const p = peer.fields[field];
		assert.equal(report.filled, p.missing, `${field}: ours filled ${report.filled}, pandas had ${p.missing} NaN`);
		assert.equal(report.outliersFound, p.outliers, `${field}: ours capped ${report.outliersFound}, pandas ${p.outliers} outside its fences`);
	});
	let textValues = 0;
	for (const field of TEXT) {
		const theirs = fs.readFileSync(`${prefix}.${field}.txt`, 'utf8').split('\0');
		assert.equal(theirs.length, rows, `${field}: pandas wrote ${theirs.length} values`);
		for (let i = 0; i < rows; i++) {
			const ours = out[i][field];
			const same = theirs[i] === '\u0001' ? MISSING_MARKERS.includes(ours) : ours === theirs[i];
			if (!same) {
				if (diffs.length < 5) diffs.push(`${field} row ${i}: ours ${JSON.stringify(ours)}, pandas ${JSON.stringify(theirs[i])}`);
				else diffs.length++;
			}
			if (theirs[i] !== '\u0001') textValues++;
		}
	}
	if (diffs.length) throw new Error(`ours and pandas differ in ${diffs.length} values:\n  ${diffs.filter(Boolean).join('\n  ')}`);
	return { rows, maxNumberDiff: maxDiff, numbers: rows * NUMERIC.length, textValues };
}

async function main() {
	const peerInfo = pandasVersion();
	if (peerInfo.error) {
		console.log(
			`pandas is not available for ${PYTHON} (${peerInfo.error}): install it with ` +
				'`sudo apt-get install -y python3-pandas` (Debian\'s Python; set BENCH_PYTHON for another). ' +
				'Timing ours only, no comparison.',
		);
	}
	const cases = [];
	const checks = [];
	const memory = [];
	const inputs = {};
	for (const size of SIZES) {
		const t0 = process.hrtime.bigint();
		const records = generateMessy(size);
		const genMs = msSince(t0);
		const prefix = path.join(os.tmpdir(), `crm-bench-clean-${process.pid}-${size}`);
		const csvFile = `${prefix}.csv`;
		try {
			const bytes = writeCsv(records, csvFile);
			inputs[size] = { csvBytes: bytes };
			console.log(
				`\n${fmt(size)} records × ${COLUMNS.length} fields (generated in ${fmt(genMs / 1000, 1)} s; ${mb(bytes)} as CSV for pandas); ` +
					`warm-up, then ${RUNS[size]} runs per side`,
			);
			const ours = await timeOurs(records, RUNS[size]);
			const oursMs = median(ours.ms);
			cases.push({ who: 'ours', name: 'ours: clean.cleanRecords (dist/lib)', rows: size, runs: RUNS[size], ms: ours.ms, medianMs: oursMs, rowsPerSec: size / (oursMs / 1000) });
			const summary = lib.clean.summariseReport(ours.result.report);
			const oursMem = oursMemory(size);
			memory.push({ who: 'ours', rows: size, ...oursMem });
			let peer;
			if (!peerInfo.error) {
				peer = runPandas(csvFile, RUNS[size], prefix);
				const peerMs = median(peer.ms);
				cases.push({
					who: 'peer',
					name: `pandas ${peer.pandas}: clean(df)`,
					rows: size,
					runs: RUNS[size],
					ms: peer.ms,
					medianMs: peerMs,
					rowsPerSec: size / (peerMs / 1000),
					loadMs: peer.loadMs,
				});
				memory.push({ who: 'peer', rows: size, ...peer.memory });
				const check = checkAgainstPandas(ours.result, peer, prefix, size);
				checks.push(check);
				console.log(
					`checked: all ${fmt(size)} rows agree — ${fmt(check.numbers)} numbers (largest difference ${check.maxNumberDiff}), ` +
						`${fmt(check.textValues)} non-missing text values identical, filled and capped counts equal per field`,
				);
			}
			console.log(`ours: ${summary}`);
			printSize(size, cases.filter((c) => c.rows === size), memory.filter((m) => m.rows === size), peer);
		} finally {
			for (const file of fs.readdirSync(os.tmpdir())) {
				if (file.startsWith(path.basename(prefix))) fs.rmSync(path.join(os.tmpdir(), file), { force: true });
			}
		}
	}
	const result = {
		node: process.version,
		pandas: peerInfo.pandas,
		numpy: peerInfo.numpy,
		pandasError: peerInfo.error,
		python: PYTHON,
		quick,
		sizes: SIZES,
		runs: RUNS,
		goal: GOAL,
		inputs,
		cases: withRatios(cases),
		memory,
		checks,
	};
	if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2));
	return result;
}

/** Time ratio ours / pandas for our case of each size (< 1: ours is faster). */
function withRatios(cases) {
	return cases.map((c) => {
		const peer = cases.find((p) => p.rows === c.rows && p.who === 'peer');
		return { ...c, ratio: c.who === 'ours' && peer ? c.medianMs / peer.medianMs : undefined };
	});
}

function printSize(size, cases, mem, peer) {
	const oursMem = mem.find((m) => m.who === 'ours');
	const peerMem = mem.find((m) => m.who === 'peer');
	const rows = [['case', 'median', 'rows/s', 'ours/pandas time', `goal < ${GOAL}×`, 'peak RSS Δ (1st run)']];
	for (const c of withRatios(cases)) {
		rows.push([
			c.name,
			`${fmt(c.medianMs)} ms`,
			fmt(c.rowsPerSec),
			c.ratio === undefined ? '' : `${fmt(c.ratio, 2)}×`,
			c.ratio === undefined ? '' : c.ratio < GOAL ? 'met' : 'MISSED',
			mb((c.who === 'ours' ? oursMem : peerMem)?.peakDelta),
		]);
	}
	console.log(table(rows));
	console.log('each run, ms, in order:');
	for (const c of cases) console.log(`  ${c.name}: ${c.ms.map((m) => fmt(m)).join(' / ')}`);
	if (oursMem) {
		console.log(
			`ours, first run in a fresh process: ${fmt(oursMem.ms)} ms, RSS ${mb(oursMem.baseline)} before (of which ${mb(oursMem.heapFree)} ` +
				`committed but unused V8 heap the run can fill without raising RSS), peak ${mb(oursMem.peak)}`,
		);
	}
	if (peer) {
		console.log(
			`pandas: loading the CSV took ${fmt(peer.loadMs)} ms (not timed); first run (the warm-up) ${fmt(peer.warmupMs)} ms, RSS ${mb(peer.memory.baseline)} before, ` +
				`peak ${mb(peer.memory.peak)}; whole Python process peak RSS ${mb(peer.memory.maxrss)} (loading included); ` +
				`medians ${NUMERIC.map((f) => `${f} ${peer.fields[f].median}`).join(', ')}`,
		);
	}
}

if (require.main === module) {
	const main_ = args.includes('--mem-child') ? () => memChild(Number(args[args.indexOf('--mem-child') + 1])) : main;
	main_().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { withRatios, generateMessy, writeCsv, STEPS, OPTIONS };

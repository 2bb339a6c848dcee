/**
 * Part 5: Third-Party Sync throughput (issue 6). 10,000 records pushed by the library's sync
 * engine (`sync.syncRecords` from dist/lib, as published) to the sink mock (test/mock-sink) with
 * 20 ms of latency per request, in batches and one request per record, at several concurrencies:
 * throughput against the limit concurrency × batch size / latency, the requests sent against the
 * minimum, and the sink's ledger checked (every record created exactly once). Then the same with
 * 30% of the requests failing (503, 429 with Retry-After 0, and a connection reset after the
 * write was applied), for the retry overhead in requests. Run by bench/run.js in its own Node
 * process with --expose-gc.
 *
 * The sink runs in a child process (`node test/mock-sink/index.js --latency 20 --max-batch 1000`),
 * so its CPU does not share this process's event loop; it is reset before every run (records,
 * idempotency keys, journal and faults forgotten) and driven over its control API (/__sink/).
 *
 * Records: `generateContacts(10000)` of bench/data.js (12 fields; `id` 100000…109999 is the
 * sink's record key). Destinations (`sync.restDestination`):
 *   - batch: POST <sink>/api/contacts/batch, JSON array, `mode: 'batch'`, `maxBatchSize: 1000`;
 *     each record carries its idempotency key in the field `idempotencyKey`;
 *   - per record: PUT <sink>/api/contacts/{{id}}, the record as JSON, the key in `Idempotency-Key`;
 *     `batchSize` is then the number of records between checkpoints (the node's default 100).
 * Options as the Third-Party Sync node passes them by default: idempotency key = content hash,
 * change detection on with no stored hashes (a first sync: every record is sent), no rate limit,
 * default retries; no checkpoint store (the node's is a file in n8n's user folder). Request
 * function: `crm.fetchRequest()` (Node's fetch) from dist/lib when it is exported there, else the
 * same file, lib/crm/http/fetchRequest.ts, bundled by esbuild into a temporary folder (printed).
 *
 * Timed: the `syncRecords(records, destination, options)` call alone (hashing, batching, requests,
 * answers, results); not generating the records, resetting the sink or reading its ledger. One
 * warm-up (a batch run and a 2,000-record per-record run, not recorded), then 3 rounds over the
 * fault-free cases (each round runs every case once, in the same order; full GC before each run);
 * median. The fault cases run once each after them. Also measured per run: this process's CPU
 * time (process.cpuUsage: the library and Node's HTTP client) and the sink process's
 * (/proc/<pid>/stat, 10 ms ticks).
 *
 * Figures:
 *   - limit = concurrency × batch size / 20 ms (per record: concurrency / 20 ms), the issue's;
 *   - floor = the shortest wall time if every request took exactly 20 ms and the engine kept
 *     `concurrency` requests in flight: ceil(requests / concurrency) × 20 ms, where the requests
 *     are the batches in batch mode and the records per record;
 *   - requests: what syncRecords counted (`result.requests`) and what the sink saw; the minimum is
 *     ceil(10,000 / batch size) in batches, 10,000 per record;
 *   - ledger: keys created exactly once (one effect, kind created) out of 10,000, and
 *     `auditLedger` with the full records (0 lost, 0 doubled, 0 stale, 0 unexpected);
 *   - until the first request: from calling syncRecords to its first call of the request
 *     function (hashing the records, keys, batching), the engine's up-front cost.
 *   - reference (no library): 10,000 PUTs with plain fetch from 64 workers, same bodies and keys,
 *     and one PUT at a time (100 of them) for the round trip at this latency.
 *
 * Usage: node --expose-gc bench/sync.js [--quick] [--json <file>]
 * --quick: batch 100 × concurrency 4, batch 500 × 16, per record × 64 (plus the reference and the
 *   two fault cases) instead of all cases.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const lib = require('../dist/lib/index.js');
const { generateContacts } = require('./data');
const { median, msSince, fmt, table } = require('./stats');
const { connectMockSink, auditLedger } = require('../test/mock-sink');

const { sync } = lib;
const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

const N = 10_000;
const LATENCY_MS = 20;
const RUNS = 3;
const FAULT_SHARE = 0.3;
const COLLECTION = 'contacts';

const CASES = [
	{ mode: 'batch', batchSize: 100, concurrency: 1 },
	{ mode: 'batch', batchSize: 100, concurrency: 4, quick: true },
	{ mode: 'batch', batchSize: 100, concurrency: 16 },
	{ mode: 'batch', batchSize: 500, concurrency: 1 },
	{ mode: 'batch', batchSize: 500, concurrency: 4 },
	{ mode: 'batch', batchSize: 500, concurrency: 16, quick: true },
	{ mode: 'perRecord', batchSize: 100, concurrency: 16 },
	{ mode: 'perRecord', batchSize: 100, concurrency: 64, quick: true },
	// Not in the issue: one record between checkpoints (before the engine bounded requests rather than batches, the only way to get `concurrency` requests in flight).
	{ mode: 'perRecord', batchSize: 1, concurrency: 64, extra: true },
	{ mode: 'raw', batchSize: 1, concurrency: 64, quick: true },
];

/** 30% of requests fail, 10% each: the first rule added wins when several fire, hence 0.1, 0.1/0.9, 0.1/0.8. */
const FAULT_RULES = [
	{ id: 'f503', match: { path: '^/api/', probability: 0.1, seed: 501 }, fault: { type: 'status', status: 503 } },
	{ id: 'f429', match: { path: '^/api/', probability: 0.1 / 0.9, seed: 502 }, fault: { type: 'status', status: 429, retryAfter: 0 } },
	{ id: 'fApplyReset', match: { path: '^/api/', probability: 0.1 / 0.8, seed: 503 }, fault: { type: 'applyThenReset' } },
];
const FAULT_RETRY = { maxRetries: 10, baseDelayMs: 1, maxDelayMs: 5 };
const FAULT_CASES = [
	{ mode: 'batch', batchSize: 100, concurrency: 4 },
	{ mode: 'perRecord', batchSize: 100, concurrency: 64 },
];

// ---------------------------------------------------------------------------------------------
// The sink in its own process

async function startSink() {
	const child = spawn(process.execPath, [path.join(__dirname, '../test/mock-sink/index.js'), '--latency', String(LATENCY_MS), '--max-batch', '1000'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const line = await new Promise((resolve, reject) => {
		let text = '';
		const onData = (chunk) => {
			text += chunk;
			const end = text.indexOf('\n');
			if (end < 0) return;
			child.stdout.off('data', onData);
			resolve(text.slice(0, end));
		};
		child.stdout.on('data', onData);
		child.once('exit', (code, signal) => reject(new Error(`the sink exited before printing its URL (${code ?? signal})`)));
		child.once('error', reject);
	});
	// The sink must not outlive the bench, whatever ends it (an exception, a closed stdout, a signal).
	const stop = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
	process.once('exit', stop);
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => {
			stop();
			process.exit(128 + os.constants.signals[signal]);
		});
	}
	const { url } = JSON.parse(line);
	return { child, url, stop, control: connectMockSink(url) };
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU time (user + system) of a process, in ms, from /proc/<pid>/stat; undefined off Linux. */
function processCpuMs(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
	} catch {
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// The request function

function requestFunction() {
	if (typeof lib.crm?.fetchRequest === 'function') return { request: lib.crm.fetchRequest(), source: 'crm.fetchRequest() from dist/lib/index.js' };
	const esbuild = require('esbuild');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-sync-'));
	const outfile = path.join(dir, 'fetchRequest.js');
	esbuild.buildSync({
		absWorkingDir: path.join(__dirname, '..'),
		entryPoints: ['lib/crm/http/fetchRequest.ts'],
		outfile,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		logLevel: 'warning',
	});
	const { fetchRequest } = require(outfile);
	fs.rmSync(dir, { recursive: true, force: true });
	return { request: fetchRequest(), source: 'fetchRequest() of lib/crm/http/fetchRequest.ts, bundled by esbuild (dist/lib does not export crm)' };
}

// ---------------------------------------------------------------------------------------------
// Cases

function caseName(c) {
	if (c.mode === 'raw') return `reference: plain fetch PUTs (no library), concurrency ${c.concurrency}`;
	if (c.mode === 'batch') return `batch ${c.batchSize}, concurrency ${c.concurrency}`;
	return `per record (batch size ${c.batchSize}), concurrency ${c.concurrency}`;
}

/** The issue's limit, records/s: concurrency × batch size / latency (per record: concurrency / latency). */
function limitOf(c) {
	return ((c.concurrency * (c.mode === 'batch' ? c.batchSize : 1)) / LATENCY_MS) * 1000;
}

function minimumRequests(c, n = N) {
	return c.mode === 'batch' ? Math.ceil(n / c.batchSize) : n;
}

/** Shortest wall time at exactly LATENCY_MS per request, with `concurrency` requests in flight (see the header). */
function floorMs(c, n = N) {
	return Math.ceil(minimumRequests(c, n) / c.concurrency) * LATENCY_MS;
}

function destinationFor(c, url) {
	if (c.mode === 'batch') return sync.restDestination({ method: 'POST', urlTemplate: `${url}/api/${COLLECTION}/batch`, mode: 'batch', maxBatchSize: 1000 });
	return sync.restDestination({ method: 'PUT', urlTemplate: `${url}/api/${COLLECTION}/{{id}}` });
}

function syncOptions(c, request, retry) {
	return {
		request,
		batchSize: c.batchSize,
		concurrency: c.concurrency,
		idempotency: { mode: 'hash', field: 'id', header: 'Idempotency-Key' },
		changeDetection: { previous: {}, keyField: 'id' },
		...(retry ? { retry } : {}),
	};
}

/** 10,000 PUTs with plain fetch from `concurrency` workers: what the machine and the sink allow without the library. */
async function rawPuts(records, keys, url, concurrency) {
	let next = 0;
	let requests = 0;
	const statuses = { created: 0, updated: 0, failed: 0 };
	const worker = async () => {
		while (next < records.length) {
			const i = next++;
			requests++;
			const response = await fetch(`${url}/api/${COLLECTION}/${records[i].id}`, {
				method: 'PUT',
				headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': keys[i] },
				body: JSON.stringify(records[i]),
			});
			await response.text();
			if (response.status === 201) statuses.created++;
			else if (response.status === 200) statuses.updated++;
			else statuses.failed++;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { requests, statuses };
}

/** One timed run against a freshly reset sink; returns the figures and the ledger check. */
async function runCase(c, ctx, records, { faults = false } = {}) {
	const { sink, request, keys } = ctx;
	await sink.control.reset();
	if (faults) await sink.control.addFault(FAULT_RULES);
	if (global.gc) global.gc();
	const cpuBefore = process.cpuUsage();
	const sinkCpuBefore = processCpuMs(sink.child.pid);
	const start = process.hrtime.bigint();
	let requests;
	let statuses;
	let firstAt;
	if (c.mode === 'raw') {
		({ requests, statuses } = await rawPuts(records, keys, sink.url, c.concurrency));
	} else {
		// Notes when the first request starts: what the engine does before it (hashing, batching) is up-front cost.
		const timed = (req) => {
			firstAt ??= process.hrtime.bigint();
			return request(req);
		};
		const result = await sync.syncRecords(records, destinationFor(c, sink.url), syncOptions(c, timed, faults ? FAULT_RETRY : undefined));
		requests = result.requests;
		statuses = { created: 0, updated: 0, failed: 0, unchanged: 0, skipped: 0 };
		for (const r of result.results) statuses[r.status]++;
	}
	const ms = msSince(start);
	const cpu = process.cpuUsage(cpuBefore);
	const sinkCpuAfter = processCpuMs(sink.child.pid);
	const ledger = await sink.control.ledger({ collection: COLLECTION });
	const audit = auditLedger(
		ledger,
		records.map((record) => ({ key: String(record.id), record })),
	);
	let createdOnce = 0;
	for (const record of records) {
		const entry = ledger.byKey[String(record.id)];
		if (entry && entry.count === 1 && entry.created === 1) createdOnce++;
	}
	const run = {
		ms,
		firstRequestMs: firstAt === undefined ? undefined : Number(firstAt - start) / 1e6,
		records: records.length,
		requests,
		sinkRequests: ledger.stats.requests,
		statuses,
		clientCpuMs: (cpu.user + cpu.system) / 1000,
		sinkCpuMs: sinkCpuBefore === undefined || sinkCpuAfter === undefined ? undefined : sinkCpuAfter - sinkCpuBefore,
		createdOnce,
		replayed: ledger.stats.replayed,
		audit: { ok: audit.ok, lost: audit.lost.length, doubled: audit.doubled.length, stale: audit.stale.length, unexpected: audit.unexpected.length },
	};
	if (faults) {
		const journal = await sink.control.requests();
		run.faultsApplied = {
			503: journal.filter((j) => j.status === 503).length,
			429: journal.filter((j) => j.status === 429).length,
			applyThenReset: journal.filter((j) => j.outcome === 'applyThenReset').length,
		};
		run.faultedRequests = ledger.stats.faults;
	}
	return run;
}

const ledgerOk = (run) => run.createdOnce === run.records && run.audit.ok && run.statuses.failed === 0;

function ledgerText(run) {
	const a = run.audit;
	return `${fmt(run.createdOnce)} / ${fmt(run.records)} created once; lost ${a.lost}, doubled ${a.doubled}, stale ${a.stale}, unexpected ${a.unexpected}${run.statuses.failed ? `; ${fmt(run.statuses.failed)} failed` : ''}`;
}

/** One round trip at a time, plain fetch: the latency plus the HTTP and timer overhead on this machine. */
async function roundTrip(sink, records, keys) {
	await sink.control.reset();
	const times = [];
	for (let i = 0; i < 100; i++) {
		const start = process.hrtime.bigint();
		const response = await fetch(`${sink.url}/api/${COLLECTION}/${records[i].id}`, {
			method: 'PUT',
			headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': keys[i] },
			body: JSON.stringify(records[i]),
		});
		await response.text();
		times.push(msSince(start));
	}
	return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

// ---------------------------------------------------------------------------------------------
// Tables (shared with bench/run.js's Markdown summary)

function throughputRows(result) {
	const rows = [['Case', 'Median wall', 'Records/s', 'Limit (C × B / 20 ms)', 'Achieved / limit', 'Floor (whole waves)', 'Floor / wall', 'Requests (minimum)', 'Ledger (all runs)', 'Runs (ms)']];
	for (const c of result.cases) {
		const all = c.runs.every(ledgerOk);
		rows.push([
			c.name,
			`${fmt(c.medianMs)} ms`,
			fmt(c.recordsPerSec),
			fmt(c.limit),
			`${fmt(c.ratio, 2)}×`,
			`${fmt(c.floorMs)} ms`,
			`${fmt(c.floorMs / c.medianMs, 2)}×`,
			`${[...new Set(c.runs.map((r) => r.requests))].map((x) => fmt(x)).join(' / ')} (${fmt(c.minimumRequests)})`,
			all ? `ok: ${ledgerText(c.runs[0])}` : `FAILED: ${c.runs.map(ledgerText).join(' | ')}`,
			c.runs.map((r) => fmt(r.ms)).join(' / '),
		]);
	}
	return rows;
}

function cpuRows(result) {
	const rows = [['Case', 'Until the first request (median)', 'Bench process CPU (median)', 'µs per record', 'Sink process CPU (median)', 'Sink saw requests']];
	for (const c of result.cases) {
		const client = median(c.runs.map((r) => r.clientCpuMs));
		const sink = c.runs.every((r) => r.sinkCpuMs !== undefined) ? median(c.runs.map((r) => r.sinkCpuMs)) : undefined;
		const first = c.runs.every((r) => r.firstRequestMs !== undefined) ? `${fmt(median(c.runs.map((r) => r.firstRequestMs)))} ms` : '';
		rows.push([
			c.name,
			first,
			`${fmt(client)} ms`,
			fmt((client * 1000) / N),
			sink === undefined ? 'n/a' : `${fmt(sink)} ms`,
			[...new Set(c.runs.map((r) => r.sinkRequests))].map((x) => fmt(x)).join(' / '),
		]);
	}
	return rows;
}

function faultRows(result) {
	const rows = [['Case (30% of requests faulted)', 'Wall', 'Records/s', 'Requests', 'Minimum', 'Requests / minimum', 'Faults applied: 503 / 429 / applyThenReset', 'Replayed by the sink', 'Ledger']];
	for (const f of result.faults) {
		const r = f.run;
		rows.push([
			f.name,
			`${fmt(r.ms)} ms`,
			fmt((r.records / r.ms) * 1000),
			`${fmt(r.requests)}${r.sinkRequests === r.requests ? '' : ` (sink saw ${fmt(r.sinkRequests)})`}`,
			fmt(f.minimumRequests),
			`${fmt(r.requests / f.minimumRequests, 2)}×`,
			`${fmt(r.faultsApplied[503])} / ${fmt(r.faultsApplied[429])} / ${fmt(r.faultsApplied.applyThenReset)}`,
			fmt(r.replayed),
			`${ledgerOk(r) ? 'ok' : 'FAILED'}: ${ledgerText(r)}`,
		]);
	}
	return rows;
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const records = generateContacts(N);
	const keys = records.map((record) => sync.idempotencyKey(record, 'hash'));
	const { request, source } = requestFunction();
	const sink = await startSink();
	const ctx = { sink, request, keys };
	const result = { quick, records: N, latencyMs: LATENCY_MS, runs: RUNS, faultShare: FAULT_SHARE, faultRules: FAULT_RULES, faultRetry: FAULT_RETRY, requestFunction: source, cases: [], faults: [] };
	try {
		console.log(`Sink: ${sink.url} (child process ${sink.child.pid}, latency ${LATENCY_MS} ms, max batch 1000); request function: ${source}`);
		result.roundTrip = await roundTrip(sink, records, keys);
		console.log(
			`One PUT at a time with plain fetch (100 requests): median ${fmt(result.roundTrip.medianMs, 1)} ms, ` +
				`min ${fmt(result.roundTrip.minMs, 1)}, max ${fmt(result.roundTrip.maxMs, 1)} (the sink's ${LATENCY_MS} ms plus HTTP and timers)`,
		);

		// Warm-up, not recorded: JIT, and the connections the per-record cases keep open.
		await runCase({ mode: 'batch', batchSize: 100, concurrency: 4 }, ctx, records);
		await runCase({ mode: 'perRecord', batchSize: 100, concurrency: 64 }, ctx, records.slice(0, 2000));

		const cases = CASES.filter((c) => (quick ? c.quick : true)).map((c) => ({
			...c,
			name: caseName(c),
			limit: limitOf(c),
			floorMs: floorMs(c),
			minimumRequests: minimumRequests(c),
			runs: [],
		}));
		for (let round = 0; round < RUNS; round++) {
			for (const c of cases) {
				const run = await runCase(c, ctx, records);
				c.runs.push(run);
				console.log(
					`round ${round + 1}: ${c.name}: ${fmt(run.ms)} ms, ${fmt(run.requests)} requests, ` +
						`CPU bench ${fmt(run.clientCpuMs)} ms / sink ${fmt(run.sinkCpuMs)} ms, ledger ${ledgerOk(run) ? 'ok' : `FAILED (${ledgerText(run)})`}`,
				);
			}
		}
		for (const c of cases) {
			c.medianMs = median(c.runs.map((r) => r.ms));
			c.recordsPerSec = (N / c.medianMs) * 1000;
			c.ratio = c.recordsPerSec / c.limit;
			result.cases.push(c);
		}

		for (const f of FAULT_CASES) {
			const fc = { ...f, name: caseName(f), minimumRequests: minimumRequests(f) };
			fc.run = await runCase(f, ctx, records, { faults: true });
			console.log(`faults: ${fc.name}: ${fmt(fc.run.ms)} ms, ${fmt(fc.run.requests)} requests (minimum ${fmt(fc.minimumRequests)}), ledger ${ledgerOk(fc.run) ? 'ok' : `FAILED (${ledgerText(fc.run)})`}`);
			result.faults.push(fc);
		}
	} finally {
		sink.stop();
	}

	console.log(
		`\n${fmt(N)} records, sink latency ${LATENCY_MS} ms; timed: syncRecords alone; median of ${RUNS} runs (rounds over the cases)${quick ? '; --quick: fewer cases' : ''}:\n`,
	);
	console.log(table(throughputRows(result)));
	console.log(
		"\nTime from calling syncRecords to its first request (hashing, batching), and CPU time during the timed span (bench process: the library and Node's HTTP client; sink: its own process):\n",
	);
	console.log(table(cpuRows(result)));
	console.log(
		`\n${fmt(FAULT_SHARE * 100)}% of requests faulted (10% each: 503, 429 with Retry-After 0, reset after the write was applied), ` +
			`retries ${FAULT_RETRY.maxRetries} with backoff ${FAULT_RETRY.baseDelayMs}–${FAULT_RETRY.maxDelayMs} ms; one run each; ` +
			`expected requests / minimum for independent faults: 1 / (1 − ${FAULT_SHARE}) = ${fmt(1 / (1 - FAULT_SHARE), 2)}×:\n`,
	);
	console.log(table(faultRows(result)));
	if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2));
	const failed = [...result.cases.flatMap((c) => c.runs), ...result.faults.map((f) => f.run)].filter((run) => !ledgerOk(run)).length;
	if (failed > 0) {
		console.error(`\n${failed} run(s) did not leave every record created exactly once at the sink`);
		process.exitCode = 1;
	}
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { throughputRows, cpuRows, faultRows, FAULT_SHARE };

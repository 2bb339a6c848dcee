/**
 * Part 2: the same CSV file through our Convert Format node (File to Items → CSV) and through
 * n8n's built-in Extract from File (Extract From CSV), each in its own fresh n8n 2.40.7 with our
 * packed tarball installed as a community package (scripts/n8n-instance.js).
 *
 * Workflow per peer: Webhook (v2, POST, respond "When Last Node Finishes" with the first entry's
 * JSON, so the HTTP answer stays one small object) → the parsing node. The CSV is POSTed as the
 * raw body with content-type text/csv: webhook v2 streams such a body into binary property
 * `data` (filesystem binary mode, n8n's default), which both nodes read as a stream.
 *
 * Both instances run side by side; requests alternate between them (one at a time, so only one
 * works while the other idles), which keeps slow drift of the machine from favouring either.
 * Memory is each instance's main process (the nodes run there, not in the task runner):
 * VmHWM reset after the warm-up (/proc/<pid>/clear_refs), read after the runs, minus VmRSS
 * before the runs; VmRSS is also sampled every 50 ms.
 */
'use strict';

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('../scripts/n8n-instance.js');
const { generateContacts, toCsv, asStrings, COLUMNS } = require('./data');
const { median, msSince, fmt, mb, table } = require('./stats');

const PEERS = [
	{
		key: 'ours',
		label: 'Convert Format (ours): File to Items → CSV',
		node: {
			type: 'n8n-nodes-crm-integration.convertFormat',
			typeVersion: 1,
			parameters: { resource: 'fileToItems', operation: 'csv', binaryPropertyName: 'data', options: {} },
		},
		/** What a row of the file becomes. */
		expect: (row) => asStrings(row),
	},
	{
		key: 'peer',
		label: "n8n Extract from File: Extract From CSV (default options)",
		node: {
			type: 'n8n-nodes-base.extractFromFile',
			typeVersion: 1.1,
			parameters: { operation: 'csv', binaryPropertyName: 'data', options: {} },
		},
		// Its default ("Include Empty Cells" off) leaves out the fields with an empty value.
		expect: (row) => Object.fromEntries(Object.entries(asStrings(row)).filter(([, v]) => v !== '')),
	},
];

function workflow(peer, name, webhookPath, responseData, settings) {
	return {
		name,
		nodes: [
			{
				parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'lastNode', responseData, options: {} },
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
			},
			{ ...peer.node, name: 'Parse CSV', position: [220, 0] },
		],
		connections: { Webhook: { main: [[{ node: 'Parse CSV', type: 'main', index: 0 }]] } },
		settings,
	};
}

function procStatus(pid, field) {
	const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
	return m ? Number(m[1]) * 1024 : undefined;
}

/** Resets the process's peak RSS (VmHWM) to its current RSS; false where the kernel refuses. */
function resetPeak(pid) {
	try {
		fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
		return true;
	} catch {
		return false;
	}
}

async function post(url, body, contentType = 'text/csv') {
	const start = process.hrtime.bigint();
	const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
	const text = await res.text();
	const ms = msSince(start);
	if (!res.ok) throw Object.assign(new Error(`POST ${url}: ${res.status} ${text.slice(0, 500)}`), { status: res.status });
	return { ms, json: text ? JSON.parse(text) : undefined };
}

/** The public API's activate answers before the webhook is registered: retry a 404 for a while. */
async function postOnceRegistered(url, body, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await post(url, body);
		} catch (error) {
			if (error.status !== 404 || Date.now() > deadline) throw error;
			await sleep(500);
		}
	}
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * startN8n returns once /healthz answers, which n8n 2.40.7 does while its database migrations
 * still run (every other route then answers "n8n is starting up"); /healthz/readiness waits for them.
 */
async function waitReady(instance, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (instance.child.exitCode !== null) throw new Error(`n8n exited (${instance.child.exitCode}); log: ${instance.logFile}`);
		try {
			if ((await fetch(`${instance.url}/healthz/readiness`)).ok) return;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`n8n not ready after ${timeoutMs / 1000} s; log: ${instance.logFile}`);
		await sleep(500);
	}
}

/**
 * Runs the comparison; `log` prints progress. Returns the figures. Every n8n started here is
 * stopped before it returns or throws.
 */
async function runN8nBench({ rows = 100_000, runs = 7, saveExecutions = false, only, log = console.log } = {}) {
	const contacts = generateContacts(rows);
	const body = Buffer.from(toCsv(contacts), 'utf8');
	const small = contacts.slice(0, 1000);
	const smallBody = Buffer.from(toCsv(small), 'utf8');
	const first = asStrings(contacts[0]);

	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-n8n-'));
	const instances = [];
	const settings = saveExecutions
		? { executionOrder: 'v1' }
		: { executionOrder: 'v1', saveDataSuccessExecution: 'none', saveManualExecutions: false, saveExecutionProgress: false };
	let sampler;
	try {
		const tools = n8n.ensureN8n();
		const nodeVersion = require('node:child_process').execFileSync(tools.nodeBin, ['--version'], { encoding: 'utf8' }).trim();
		const tarball = n8n.packPackage(path.join(workDir, 'pack'));
		for (const peer of PEERS.filter((p) => !only || only.includes(p.key))) {
			const t0 = process.hrtime.bigint();
			const instance = await n8n.startN8n({ tarball, userFolder: fs.mkdtempSync(path.join(workDir, `${peer.key}-`)) });
			instances.push({ peer, instance });
			await waitReady(instance);
			const owner = await n8n.setupOwner(instance.url);
			const slug = `bench-${peer.key}`;
			for (const [suffix, responseData] of [
				['check', 'allEntries'],
				['run', 'firstEntryJson'],
			]) {
				const wf = workflow(peer, `${slug}-${suffix}`, `${slug}/${suffix}`, responseData, settings);
				const created = await n8n.api(instance.url, owner.apiKey, 'POST', '/workflows', wf);
				await n8n.api(instance.url, owner.apiKey, 'POST', `/workflows/${created.id}/activate`);
			}
			log(`  started n8n for ${peer.key} (pid ${instance.child.pid}) in ${fmt(msSince(t0) / 1000, 1)} s: ${instance.url}`);
		}

		// Warm-up, one small request each, which also checks the output: all rows, all fields;
		// then a one-row file to the benchmark workflow, to know its webhook is registered.
		for (const { peer, instance } of instances) {
			const { json } = await postOnceRegistered(`${instance.url}/webhook/bench-${peer.key}/check`, smallBody);
			assert.equal(json.length, small.length, `${peer.key}: ${small.length} rows in, ${json.length} items out`);
			assert.deepEqual(json, small.map(peer.expect), `${peer.key}: items differ from the file's rows`);
			const probe = await postOnceRegistered(`${instance.url}/webhook/bench-${peer.key}/run`, Buffer.from(toCsv(small.slice(0, 1))));
			assert.equal(probe.json.id, first.id);
		}
		log(`  warm-up: ${fmt(small.length)}-row file through each, items checked against the rows`);
		await sleep(2000);

		const stats = new Map();
		for (const { peer, instance } of instances) {
			const pid = instance.child.pid;
			const resetOk = resetPeak(pid);
			stats.set(peer.key, { pid, resetOk, baseline: procStatus(pid, 'VmRSS'), sampledPeak: 0, requestPeaks: [], ms: [] });
		}
		let current;
		let currentPeak = 0;
		sampler = setInterval(() => {
			for (const [, s] of stats) {
				const rss = procStatus(s.pid, 'VmRSS');
				if (rss > s.sampledPeak) s.sampledPeak = rss;
				if (current === s && rss > currentPeak) currentPeak = rss;
			}
		}, 50);

		for (let round = 0; round < runs; round++) {
			const order = round % 2 ? [...instances].reverse() : instances;
			for (const { peer, instance } of order) {
				const s = stats.get(peer.key);
				current = s;
				currentPeak = procStatus(s.pid, 'VmRSS');
				const { ms, json } = await post(`${instance.url}/webhook/bench-${peer.key}/run`, body);
				current = undefined;
				assert.equal(json.id, first.id, `${peer.key}: first item is not the file's first row`);
				s.ms.push(ms);
				s.requestPeaks.push(currentPeak);
				log(`  round ${round + 1}/${runs} ${peer.key.padEnd(4)} ${fmt(ms)} ms, peak RSS ${mb(currentPeak)}`);
				// Let n8n finish its after-execution work before the other instance starts.
				await sleep(2000);
			}
		}
		clearInterval(sampler);
		sampler = undefined;

		const results = {};
		for (const { peer } of instances) {
			const s = stats.get(peer.key);
			const hwm = procStatus(s.pid, 'VmHWM');
			const peak = s.resetOk ? Math.max(hwm, s.sampledPeak) : s.sampledPeak;
			results[peer.key] = {
				label: peer.label,
				ms: s.ms,
				medianMs: median(s.ms),
				baselineRss: s.baseline,
				vmHwm: s.resetOk ? hwm : undefined,
				sampledPeakRss: s.sampledPeak,
				peakRss: peak,
				peakDelta: peak - s.baseline,
				medianRequestPeakDelta: median(s.requestPeaks) - s.baseline,
				finalRss: procStatus(s.pid, 'VmRSS'),
			};
		}
		return {
			n8nVersion: '2.40.7',
			n8nNode: nodeVersion,
			rows,
			columns: COLUMNS.length,
			fileBytes: body.length,
			runs,
			saveExecutions,
			peers: results,
		};
	} finally {
		if (sampler) clearInterval(sampler);
		for (const { instance } of instances.reverse()) await instance.stop();
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}

function printN8n(r) {
	const { ours, peer } = r.peers;
	const rows = [
		['', 'median wall time', 'items/s', 'peak RSS − baseline', 'baseline RSS', 'runs (ms)'],
		...[ours, peer].map((p) => [
			p.label,
			`${fmt(p.medianMs)} ms`,
			fmt(r.rows / (p.medianMs / 1000)),
			mb(p.peakDelta),
			mb(p.baselineRss),
			p.ms.map((m) => fmt(m)).join(' / '),
		]),
	];
	console.log(table(rows));
	const timeRatio = ours.medianMs / peer.medianMs;
	const memRatio = ours.peakDelta / peer.peakDelta;
	console.log(`time ours/peer: ${fmt(timeRatio, 2)}× (goal: < 1, faster) → ${timeRatio < 1 ? 'met' : 'MISSED'}`);
	console.log(`peak memory ours/peer: ${fmt(memRatio, 2)}× (goal: ≤ 1, no higher peak) → ${memRatio <= 1 ? 'met' : 'MISSED'}`);
	return { timeRatio, memRatio };
}

module.exports = { runN8nBench, printN8n };

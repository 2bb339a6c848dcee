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

/** The first request of a workflow: waits until n8n has registered its webhook. */
async function postOnceRegistered(url, body) {
	const { origin, pathname } = new URL(url);
	const start = process.hrtime.bigint();
	const res = await n8n.postWebhook(origin, pathname.replace(/^\/webhook\//, ''), body, 'text/csv');
	const text = await res.text();
	if (!res.ok) throw Object.assign(new Error(`POST ${url}: ${res.status} ${text.slice(0, 500)}`), { status: res.status });
	return { ms: msSince(start), json: text ? JSON.parse(text) : undefined };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the RSS of every process moved less than 4 MB over the last 10 s (at least 15 s,
 * at most 90 s); returns the milliseconds waited.
 */
async function waitForStableRss(pids, { minMs = 15_000, maxMs = 90_000, windowMs = 10_000, slack = 4 * 1024 * 1024 } = {}) {
	const start = Date.now();
	const history = [];
	for (;;) {
		history.push({ at: Date.now(), rss: pids.map((pid) => procStatus(pid, 'VmRSS')) });
		const now = Date.now();
		const window = history.filter((h) => now - h.at <= windowMs);
		const stable =
			now - start >= minMs &&
			pids.every((_, i) => {
				const values = window.map((h) => h.rss[i]);
				return Math.max(...values) - Math.min(...values) < slack;
			});
		if (stable || now - start >= maxMs) return now - start;
		await sleep(1000);
	}
}

/**
 * Runs the comparison; `log` prints progress. Returns the figures. Every n8n started here is
 * stopped before it returns or throws.
 */
async function runN8nBench({ rows = 100_000, runs = 15, saveExecutions = false, only, log = console.log } = {}) {
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
		const startRss = new Map();
		for (const peer of PEERS.filter((p) => !only || only.includes(p.key))) {
			const t0 = process.hrtime.bigint();
			const instance = await n8n.startN8n({ tarball, userFolder: fs.mkdtempSync(path.join(workDir, `${peer.key}-`)) });
			instances.push({ peer, instance });
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
			startRss.set(peer.key, procStatus(instance.child.pid, 'VmRSS'));
			log(`  started n8n for ${peer.key} (pid ${instance.child.pid}) in ${fmt(msSince(t0) / 1000, 1)} s: ${instance.url}, RSS ${mb(startRss.get(peer.key))}`);
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
		// An idle V8 gives memory back some seconds after its last work (the instance started
		// first had longer to do so): wait until neither process's RSS moves, so both
		// baselines are taken in the same state.
		const settled = await waitForStableRss(instances.map(({ instance }) => instance.child.pid));
		log(`  RSS settled after ${fmt(settled / 1000, 0)} s: ${instances.map(({ peer, instance }) => `${peer.key} ${mb(procStatus(instance.child.pid, 'VmRSS'))}`).join(', ')}`);

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
				rssAfterStart: startRss.get(peer.key),
				ms: s.ms,
				medianMs: median(s.ms),
				baselineRss: s.baseline,
				vmHwm: s.resetOk ? hwm : undefined,
				sampledPeakRss: s.sampledPeak,
				peakRss: peak,
				peakDelta: peak - s.baseline,
				firstRequestPeakDelta: s.requestPeaks[0] - s.baseline,
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
	const rows = n8nTableRows(r);
	console.log(table(rows));
	const timeRatio = ours.medianMs / peer.medianMs;
	const memRatio = ours.peakDelta / peer.peakDelta;
	const absMemRatio = ours.peakRss / peer.peakRss;
	console.log(`time ours/peer: ${fmt(timeRatio, 2)}× (goal: < 1, faster) → ${timeRatio < 1 ? 'met' : 'MISSED'}`);
	console.log(`peak memory (VmHWM − baseline) ours/peer: ${fmt(memRatio, 2)}× (goal: ≤ 1, no higher peak) → ${memRatio <= 1 ? 'met' : 'MISSED'}`);
	const firstRatio = ours.firstRequestPeakDelta / peer.firstRequestPeakDelta;
	console.log(`peak RSS of the whole n8n process ours/peer: ${fmt(absMemRatio, 2)}×; first request's peak − baseline ours/peer: ${fmt(firstRatio, 2)}×`);
	return { timeRatio, memRatio, absMemRatio, firstRatio };
}

/** The per-node figures as table rows (header first), for the console and the Markdown summary. */
function n8nTableRows(r) {
	return [
		['Node (n8n 2.40.7)', 'Median wall time', 'Items/s', 'Peak RSS − baseline', '1st request peak − baseline', 'Baseline RSS', 'Peak RSS', 'RSS after start', 'Requests (ms)'],
		...[r.peers.ours, r.peers.peer].map((p) => [
			p.label,
			`${fmt(p.medianMs)} ms`,
			fmt(r.rows / (p.medianMs / 1000)),
			mb(p.peakDelta),
			mb(p.firstRequestPeakDelta),
			mb(p.baselineRss),
			mb(p.peakRss),
			mb(p.rssAfterStart),
			p.ms.map((m) => fmt(m)).join(' / '),
		]),
	];
}

module.exports = { runN8nBench, printN8n, n8nTableRows };

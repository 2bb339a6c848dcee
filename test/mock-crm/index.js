'use strict';
/**
 * The mock CRM server (test/mock-crm/README.md): one HTTP server on 127.0.0.1 with HubSpot,
 * Salesforce, Pipedrive and generic REST personalities, an in-memory store, a virtual clock, a
 * request journal and fault injection, driven from JavaScript or over HTTP under /__mock/.
 *
 *   const { startMockCrm } = require('./test/mock-crm');
 *   const crm = await startMockCrm();
 *   crm.seed('hubspot', 'contacts', [{ properties: { email: 'a@example.com' } }]);
 *   await fetch(`${crm.url}/crm/v3/objects/contacts`, { headers: { authorization: 'Bearer pat-test-token' } });
 *   await crm.close();
 *
 * Run as a process (for e2e tests and the demo): `node test/mock-crm [--port N]` prints
 * `{"url": "http://127.0.0.1:N"}` on one line and serves until SIGINT/SIGTERM.
 */
const http = require('node:http');
const { iso, parseTime, prng, queryObject, deepMerge } = require('./util');
const { FaultRules } = require('./faults');
const hubspot = require('./hubspot');
const salesforce = require('./salesforce');
const pipedrive = require('./pipedrive');
const rest = require('./rest');
const { emitHubSpotWebhook, signV3, signV1, signV2 } = require('./webhooks');
const { generateContacts } = require('./generate');

const PERSONALITIES = { hubspot, salesforce, pipedrive, rest };
const DEFAULT_CLOCK = '2024-06-01T00:00:00.000Z';

function defaultConfig(options) {
	const sf = options.salesforce || {};
	return deepMerge(
		{
			hubspot: { token: 'pat-test-token', rateLimit: null, searchRateLimit: null, searchLagMs: 0, uniqueProperties: { contacts: ['email'] }, extraProperties: {}, strictProperties: true },
			salesforce: { clientId: 'sf-client-id', clientSecret: 'sf-client-secret', refreshToken: 'sf-refresh-token', tokenLifetimeCalls: null, dailyLimit: 100000, loginLimitPerHour: 3600, shortPages: false, strictFields: true, maxOpenCursors: 10 },
			pipedrive: { token: 'pd-test-token', rateLimit: null },
			rest: { token: 'rest-test-token', auth: 'any', headerName: 'x-api-key', queryName: 'api_key', rateLimit: null },
			journalLimit: 200000,
		},
		JSON.parse(JSON.stringify({
			hubspot: { ...(options.hubspot || {}), ...(options.hubspotToken !== undefined ? { token: options.hubspotToken } : {}) },
			salesforce: sf,
			pipedrive: { ...(options.pipedrive || {}), ...(options.pipedriveToken !== undefined ? { token: options.pipedriveToken } : {}) },
			rest: { ...(options.rest || {}), ...(options.restToken !== undefined ? { token: options.restToken } : {}) },
			...(options.journalLimit ? { journalLimit: options.journalLimit } : {}),
		})),
	);
}

function personalityOf(path) {
	for (const p of Object.values(PERSONALITIES)) if (p.matches(path)) return p;
	return undefined;
}

/** Groups the pages of one listing under one key, so `duplicatePage` can replay "the previous page". */
function routeKey(method, path) {
	return `${method} ${path.replace(/\/(query|queryAll)\/01g[A-Za-z0-9]+-\d+$/, '/$1')}`;
}

const PROXY_HTML = (status) => `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n`;

function parseBody(headers, buffer) {
	const text = buffer.toString('utf8');
	const type = String(headers['content-type'] || '');
	if (!text) return {};
	if (type.includes('application/x-www-form-urlencoded')) return { text, form: queryObject(new URLSearchParams(text)) };
	if (type.includes('json') || /^\s*[[{]/.test(text)) {
		try {
			return { text, json: JSON.parse(text) };
		} catch (e) {
			return { text, jsonError: e.message };
		}
	}
	return { text };
}

class MockCrm {
	constructor(options = {}) {
		this.options = options;
		this.sockets = new Set();
		this.server = http.createServer((req, res) => {
			this.onRequest(req, res).catch((e) => {
				console.error('mock-crm: request failed', e);
				if (!res.headersSent) {
					res.writeHead(500, { 'content-type': 'application/json' });
					res.end(JSON.stringify({ error: 'mock_internal_error', message: String(e && e.message) }));
				}
			});
		});
		this.server.on('connection', (s) => {
			this.sockets.add(s);
			s.on('close', () => this.sockets.delete(s));
		});
		this.reset();
	}

	reset() {
		const options = this.options;
		const clock = options.clock === 'real' ? { mode: 'real', offset: 0 } : { mode: 'fixed', ms: parseTime(options.clock || DEFAULT_CLOCK) };
		this.rng = prng(options.seed ?? 1);
		this.state = {
			config: defaultConfig(options),
			clock,
			journal: [],
			seq: 0,
			lastResponses: new Map(),
			webhookEventCounter: 0,
			hubspot: hubspot.initState(),
			salesforce: salesforce.initState(),
			pipedrive: pipedrive.initState(),
			rest: rest.initState(),
		};
		this.faults = new FaultRules(() => this.rng());
	}

	nowMs() {
		const c = this.state.clock;
		return c.mode === 'real' ? Date.now() + c.offset : c.ms;
	}

	setClock(value) {
		if (value === 'real') {
			this.state.clock = { mode: 'real', offset: 0 };
			return iso(this.nowMs());
		}
		const ms = parseTime(value);
		if (Number.isNaN(ms)) throw new Error(`setClock: "${value}" is not a date`);
		this.state.clock = { mode: 'fixed', ms };
		return iso(ms);
	}

	advanceClock(ms) {
		const n = Number(ms);
		if (!Number.isFinite(n)) throw new Error(`advanceClock: ${ms} is not a number`);
		if (this.state.clock.mode === 'real') this.state.clock.offset += n;
		else this.state.clock.ms += n;
		return iso(this.nowMs());
	}

	seed(personality, objectType, records) {
		const p = PERSONALITIES[personality];
		if (!p) throw new Error(`seed: unknown personality "${personality}" (hubspot, salesforce, pipedrive, rest)`);
		if (!objectType) throw new Error('seed: objectType is required');
		if (!Array.isArray(records)) throw new Error('seed: records must be an array');
		return p.seed(this.state, objectType, records, this.nowMs());
	}

	records(personality, objectType) {
		const p = PERSONALITIES[personality];
		if (!p) throw new Error(`records: unknown personality "${personality}"`);
		return p.dump(this.state, objectType);
	}

	journal(filter = {}) {
		let entries = this.state.journal;
		if (filter.since !== undefined) entries = entries.filter((e) => e.seq > Number(filter.since));
		if (filter.method) entries = entries.filter((e) => e.method === String(filter.method).toUpperCase());
		if (filter.path) {
			const re = new RegExp(filter.path);
			entries = entries.filter((e) => re.test(e.path));
		}
		if (filter.personality) entries = entries.filter((e) => e.personality === filter.personality);
		return entries.slice();
	}

	stats() {
		const byPersonality = {};
		for (const e of this.state.journal) byPersonality[e.personality || 'none'] = (byPersonality[e.personality || 'none'] || 0) + 1;
		return {
			requests: this.state.journal.length,
			byPersonality,
			salesforce: { logins: this.state.salesforce.loginCount, apiUsage: this.state.salesforce.apiUsage },
			hubspot: { dailyUsed: this.state.hubspot.dailyUsed },
			now: iso(this.nowMs()),
		};
	}

	listen(port) {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', () => {
				this.server.off('error', reject);
				this.port = this.server.address().port;
				this.url = `http://127.0.0.1:${this.port}`;
				resolve();
			});
		});
	}

	close() {
		return new Promise((resolve) => {
			this.server.close(() => resolve());
			// Hanging responses and keep-alive sockets would hold close() open.
			for (const s of this.sockets) s.destroy();
		});
	}

	async onRequest(req, res) {
		const chunks = [];
		for await (const c of req) chunks.push(c);
		const url = new URL(req.url, this.url);
		const path = url.pathname;
		const body = parseBody(req.headers, Buffer.concat(chunks));
		if (path === '/__mock' || path.startsWith('/__mock/')) return this.control(req, res, url, body);

		const method = req.method.toUpperCase();
		const query = queryObject(url.searchParams);
		const personality = personalityOf(path);
		const entry = {
			seq: ++this.state.seq,
			method,
			path,
			query,
			headers: { ...req.headers },
			body: body.json !== undefined ? body.json : body.form !== undefined ? body.form : body.text,
			status: null,
			at: Date.now(),
			clock: iso(this.nowMs()),
			personality: personality ? personality.name : null,
			faults: [],
		};
		this.state.journal.push(entry);
		if (this.state.journal.length > this.state.config.journalLimit) this.state.journal.shift();

		const fired = this.faults.fire({ method, path, query, personality: entry.personality });
		entry.faults = fired.map((r) => r.id);
		const delay = fired.filter((r) => r.fault.type === 'delay').reduce((ms, r) => ms + Number(r.fault.ms || 0) + (r.fault.jitterMs ? Math.floor(this.rng() * r.fault.jitterMs) : 0), 0);
		if (delay > 0) await new Promise((r) => setTimeout(r, delay));
		const main = fired.find((r) => r.fault.type !== 'delay');
		const fault = main ? main.fault : undefined;

		if (fault && fault.type === 'hang') return; // never answer; close() destroys the socket
		if (fault && fault.type === 'reset' && fault.when !== 'midBody') {
			entry.status = 0;
			entry.error = 'reset';
			req.socket.destroy();
			return;
		}

		const ctx = {
			state: this.state,
			mock: this,
			method,
			path,
			url,
			baseUrl: this.url,
			query,
			headers: req.headers,
			bodyText: body.text,
			json: body.json,
			jsonError: body.jsonError,
			form: body.form,
			fault,
			now: () => this.nowMs(),
			rng: this.rng,
		};
		let response;
		if (fault && fault.type === 'status') response = this.statusFault(ctx, fault, personality);
		else if (fault && fault.type === 'tokenExpiry' && personality) response = personality.unauthorized(ctx);
		else if (personality) response = await personality.handle(ctx);
		else response = { status: 404, body: { error: 'not_found', message: `No mock personality serves ${path} (HubSpot /crm/…, Salesforce /services/…, Pipedrive /v1/… or /api/v2/…, REST /rest/…)` } };

		let text = response.body === undefined || response.body === null || response.status === 204 ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
		let headers = { ...(response.headers || {}) };
		let contentType = response.contentType || (text ? 'application/json;charset=UTF-8' : undefined);
		let status = response.status;

		const key = routeKey(method, path);
		if (fault && fault.type === 'duplicatePage' && this.state.lastResponses.has(key)) {
			({ status, headers, text, contentType } = this.state.lastResponses.get(key));
		} else if (status >= 200 && status < 300 && text) {
			this.state.lastResponses.set(key, { status, headers, text, contentType });
		}
		if (fault && fault.type === 'malformedJson') {
			text = fault.body !== undefined ? String(fault.body) : text.length > 2 ? text.slice(0, Math.ceil(text.length / 2)) : '{"results":[';
			if (fault.status) status = fault.status;
			contentType = 'application/json;charset=UTF-8';
		} else if (fault && fault.type === 'emptyBody') {
			text = '';
			status = fault.status || 200;
			contentType = 'application/json;charset=UTF-8';
		} else if (fault && fault.type === 'wrongContentType') {
			contentType = fault.contentType || 'text/html;charset=UTF-8';
		}

		const out = { ...headers };
		if (contentType) out['Content-Type'] = contentType;
		if (status !== 204 && status !== 304) out['Content-Length'] = String(Buffer.byteLength(text));
		entry.status = status;
		entry.durationMs = Date.now() - entry.at;
		if (fault && (fault.type === 'resetMidBody' || (fault.type === 'reset' && fault.when === 'midBody'))) {
			entry.error = 'reset mid-body';
			const bytes = Buffer.from(text);
			res.writeHead(status, out);
			res.write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
			setImmediate(() => req.socket.destroy());
			return;
		}
		if (fault && fault.type === 'slowBody') {
			const bytes = Buffer.from(text);
			const size = Math.max(1, fault.chunkSize || 16);
			res.writeHead(status, out);
			for (let i = 0; i < bytes.length; i += size) {
				if (res.destroyed) return;
				res.write(bytes.subarray(i, i + size));
				await new Promise((r) => setTimeout(r, fault.intervalMs ?? 10));
			}
			res.end();
			return;
		}
		res.writeHead(status, out);
		res.end(text);
	}

	statusFault(ctx, fault, personality) {
		const status = Number(fault.status || 500);
		const headers = { ...(fault.headers || {}) };
		if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
		// HTTP-dates have 1 s resolution: round up so the wait is never shorter than asked.
		if (fault.retryAfterDate !== undefined) headers['Retry-After'] = new Date(Math.ceil((Date.now() + Number(fault.retryAfterDate) * 1000) / 1000) * 1000).toUTCString();
		let body = fault.body;
		let contentType = fault.contentType;
		if (body === undefined) {
			if (fault.html || status === 502 || status === 504) {
				body = PROXY_HTML(status);
				contentType = contentType || 'text/html';
			} else {
				body = personality ? personality.statusBody(ctx, status) : { error: `HTTP ${status}` };
			}
		}
		if (personality === salesforce) headers['Sforce-Limit-Info'] = `api-usage=${this.state.salesforce.apiUsage}/${this.state.config.salesforce.dailyLimit}`;
		return { status, headers, body, contentType };
	}

	// -------------------------------------------------------------------------------------------
	// Control API (/__mock/...): no auth, no journal, no faults.

	async control(req, res, url, body) {
		const send = (status, value) => {
			const text = value === undefined ? '' : JSON.stringify(value);
			res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
			res.end(text);
		};
		const method = req.method.toUpperCase();
		const path = url.pathname.replace(/^\/__mock/, '') || '/';
		const json = body.json || {};
		if (body.jsonError) return send(400, { error: `invalid JSON: ${body.jsonError}` });
		try {
			if (path === '/health' || path === '/') return send(200, { ok: true, url: this.url });
			if (path === '/seed' && method === 'POST') {
				const { personality, objectType } = json;
				const records = json.generate ? generateContacts(Number(json.generate.n), { personality, ...json.generate }) : json.records;
				const ids = this.seed(personality, objectType, records);
				return send(200, { count: ids.length, ids: ids.length <= 1000 ? ids : undefined, firstId: ids[0], lastId: ids[ids.length - 1] });
			}
			if (path === '/clock') {
				if (method === 'POST') {
					if (json.now !== undefined) this.setClock(json.now);
					if (json.advanceMs !== undefined) this.advanceClock(json.advanceMs);
				}
				return send(200, { now: iso(this.nowMs()), mode: this.state.clock.mode });
			}
			if (path === '/faults') {
				if (method === 'POST') {
					const rules = Array.isArray(json) ? json : Array.isArray(json.rules) ? json.rules : [json];
					return send(200, { ids: rules.map((r) => this.faults.add(r)) });
				}
				if (method === 'DELETE') {
					this.faults.clear();
					return send(200, { ok: true });
				}
				return send(200, this.faults.list());
			}
			const fm = /^\/faults\/(.+)$/.exec(path);
			if (fm && method === 'DELETE') return send(200, { removed: this.faults.remove(decodeURIComponent(fm[1])) });
			if (path === '/requests') {
				if (method === 'DELETE') {
					this.state.journal = [];
					return send(200, { ok: true });
				}
				return send(200, this.journal(queryObject(url.searchParams)));
			}
			if (path === '/reset' && method === 'POST') {
				this.reset();
				return send(200, { ok: true });
			}
			if (path === '/config') {
				if (method === 'POST') deepMerge(this.state.config, json);
				return send(200, this.state.config);
			}
			if (path === '/stats') return send(200, this.stats());
			const sm = /^\/store\/([a-z]+)\/(.+)$/.exec(path);
			if (sm && method === 'GET') return send(200, this.records(sm[1], decodeURIComponent(sm[2])));
			if (path === '/hubspot/webhooks/emit' && method === 'POST') {
				const { knobs, ...rest } = json;
				return send(200, await emitHubSpotWebhook(this, { ...rest, ...(knobs || {}) }));
			}
			if (path === '/salesforce/expire-tokens' && method === 'POST') {
				for (const t of this.state.salesforce.tokens.values()) t.expired = true;
				return send(200, { ok: true });
			}
			return send(404, { error: `unknown control endpoint ${method} ${url.pathname}` });
		} catch (e) {
			return send(400, { error: String(e && e.message) });
		}
	}
}

/**
 * Starts a mock CRM on 127.0.0.1 (port 0 = any free port). See README.md for the options and API.
 * @param {object} [options]
 * @returns {Promise<object>} the running mock's handle
 */
async function startMockCrm(options = {}) {
	const mock = new MockCrm(options);
	await mock.listen(options.port ?? 0);
	return {
		url: mock.url,
		port: mock.port,
		close: () => mock.close(),
		seed: (personality, objectType, records) => mock.seed(personality, objectType, records),
		generate: (personality, objectType, n, opts = {}) => mock.seed(personality, objectType, generateContacts(n, { ...opts, personality })),
		setClock: (value) => mock.setClock(value),
		advanceClock: (ms) => mock.advanceClock(ms),
		now: () => iso(mock.nowMs()),
		addFault: (rule) => mock.faults.add(rule),
		removeFault: (id) => mock.faults.remove(id),
		clearFaults: () => mock.faults.clear(),
		faults: () => mock.faults.list(),
		journal: (filter) => mock.journal(filter),
		clearJournal: () => {
			mock.state.journal = [];
		},
		reset: () => mock.reset(),
		configure: (patch) => deepMerge(mock.state.config, patch),
		records: (personality, objectType) => mock.records(personality, objectType),
		emitHubSpotWebhook: (opts) => emitHubSpotWebhook(mock, opts),
		expireSalesforceTokens: () => {
			for (const t of mock.state.salesforce.tokens.values()) t.expired = true;
		},
		stats: () => mock.stats(),
		get config() {
			return mock.state.config;
		},
		get state() {
			return mock.state;
		},
	};
}

module.exports = { startMockCrm, generateContacts, signHubSpotV3: signV3, signHubSpotV1: signV1, signHubSpotV2: signV2, makeSalesforceId: salesforce.makeId };

if (require.main === module) {
	const i = process.argv.indexOf('--port');
	const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.MOCK_CRM_PORT || 0);
	startMockCrm({ port, clock: process.env.MOCK_CRM_CLOCK || undefined }).then((crm) => {
		process.stdout.write(`${JSON.stringify({ url: crm.url, port: crm.port })}\n`);
		const stop = () => crm.close().then(() => process.exit(0));
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}

'use strict';
/**
 * The sink mock: a loopback HTTP server standing for the third-party services the Third-Party
 * Sync node pushes to (a generic REST API with one-record and batch writes, and a signed-webhook
 * receiver), with injected faults and a ledger of effects so a test can assert "each record
 * exactly once in effect". README.md describes the endpoints, the fault rules and the ledger.
 *
 *   const { startMockSink } = require('../mock-sink');
 *   const sink = await startMockSink({ latencyMs: 20, token: 't', signingSecret: 's' });
 *   sink.addFault({ match: { path: '^/api/', probability: 0.3, seed: 7 }, fault: { type: 'applyThenReset' } });
 *   ... run the sync against sink.url ...
 *   expect(auditLedger(sink.ledger(), keys).ok).toBe(true);
 *   await sink.close();
 *
 * Also a command for other processes (the demo, e2e runs): `node test/mock-sink/index.js
 * [--port N] [--latency MS] [--token T] [--signing-secret S] [--seed N] [--max-batch N]`
 * prints `{"url":…}` and serves until SIGINT/SIGTERM; control it over /__sink/ (or with
 * `connectMockSink(url)`).
 */
const http = require('node:http');
const { randomBytes } = require('node:crypto');
const { Faults, RuleError, DELAY_TYPES } = require('./faults');
const { SinkState, canonical } = require('./state');
const { BodyError, bodyKind, readBody, parseRecord, parseBatch, parseLoose, parseForm, isRecord } = require('./body');
const { verify, sign, signatureHeaders, DEFAULT_TOLERANCE_MS } = require('./signature');
const { auditLedger } = require('./audit');

const DEFAULTS = {
	port: 0,
	host: '127.0.0.1',
	latencyMs: 0,
	maxBatch: 100,
	maxBodyBytes: 16 * 1024 * 1024,
	seed: 1,
	signatureToleranceMs: DEFAULT_TOLERANCE_MS,
	signatureScope: 'hooks',
	idempotencyConflict: 'error',
	maxJournal: 200_000,
};

/** Fields of a record that address it rather than belong to it: read, then dropped from the stored content. */
const META_FIELDS = ['_key', 'idempotencyKey'];

const ERROR_CODES = { 408: 'timeout', 429: 'rate_limited', 500: 'internal_error', 502: 'bad_gateway', 503: 'unavailable', 504: 'gateway_timeout' };

/** A proxy's error page, as nginx serves it in front of a dead upstream. */
function htmlPage(status) {
	const title = `${status} ${http.STATUS_CODES[status] ?? 'Error'}`;
	return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** A key-ish value as a string; absent, empty and non-scalar values give undefined. */
function keyText(value) {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	return undefined;
}

function stripMeta(record) {
	const out = { ...record };
	for (const field of META_FIELDS) delete out[field];
	return out;
}

const lowerKeys = (headers) => Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

const errorBody = (code, message, extra) => ({ error: { code, message, ...extra } });

/** Which endpoint a request is for. */
function routeOf(method, path) {
	const segments = path.split('/').slice(1);
	if (segments.length && segments[segments.length - 1] === '') segments.pop();
	let parts;
	try {
		parts = segments.map(decodeURIComponent);
	} catch {
		return { kind: 'error', status: 400, code: 'bad_path', message: 'the path is not valid percent-encoding' };
	}
	const write = method === 'POST' || method === 'PUT' || method === 'PATCH';
	if (parts[0] === 'api' && parts.length >= 2 && parts.length <= 3 && parts[1] !== '') {
		const collection = parts[1];
		if (parts.length === 3 && parts[2] === 'batch' && write) return { kind: 'batch', collection };
		if (write) return { kind: 'single', collection, key: keyText(parts[2]) };
		if (method === 'GET') return { kind: 'get', collection, key: parts[2] };
		return { kind: 'error', status: 405, code: 'method_not_allowed', message: `${method} is not allowed on ${path}` };
	}
	if (parts[0] === 'hooks' && parts.length === 2 && parts[1] !== '') {
		if (method === 'POST') return { kind: 'hook', hook: parts[1] };
		return { kind: 'error', status: 405, code: 'method_not_allowed', message: 'webhooks are POSTed' };
	}
	if (path === '/oauth/token') {
		if (method === 'POST') return { kind: 'token' };
		return { kind: 'error', status: 405, code: 'method_not_allowed', message: 'the token endpoint takes POST' };
	}
	return { kind: 'error', status: 404, code: 'not_found', message: `no endpoint at ${method} ${path}` };
}

/**
 * Starts the sink on 127.0.0.1 (port 0: a free one). Options (all optional):
 * - port, latencyMs (added to every request), seed (the PRNG of `probability` faults),
 * - token: Bearer token required on /api; apiKey `{ name, value, in: 'header'|'query' }` and
 *   basic `{ username, password }` likewise; oauth2 `{ clientId, clientSecret, expiresIn? }`
 *   serves POST /oauth/token (client credentials) and accepts the tokens it issued;
 * - signingSecret: verify X-Signature/X-Timestamp on /hooks (and on /api with signatureScope 'all'),
 *   signatureToleranceMs (5 min);
 * - maxBatch (100), maxBodyBytes (16 MiB), idempotencyConflict ('error': 422 when a key comes
 *   back with other content, as the IETF Idempotency-Key draft; 'replay': answer the first
 *   response anyway), maxJournal (200k requests kept).
 */
async function startMockSink(options = {}) {
	const opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
	const state = new SinkState({ idempotencyConflict: opts.idempotencyConflict });
	const faults = new Faults(opts.seed);
	let latencyMs = Number(opts.latencyMs) || 0;
	let journal = [];
	let nextSeq = 1;
	let closed = false;
	const hanging = new Set();
	const timers = new Set();
	/** OAuth2 access token → expiry (epoch ms). */
	const issued = new Map();

	/** Resolves after `ms`, or at once (with false) when the sink closes meanwhile. */
	function sleep(ms) {
		if (!(ms > 0)) return Promise.resolve(!closed);
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve(!closed);
			}, ms);
			timer.resolve = resolve;
			timers.add(timer);
		});
	}

	/** The journal, optionally only entries after seq `since`, of one method, or whose path matches `path` (regex). */
	function journalOf(filter = {}) {
		let entries = journal;
		if (filter.since !== undefined) entries = entries.filter((e) => e.seq > Number(filter.since));
		if (filter.method) entries = entries.filter((e) => e.method === String(filter.method).toUpperCase());
		if (filter.path) {
			const re = new RegExp(filter.path);
			entries = entries.filter((e) => re.test(e.path));
		}
		return entries;
	}

	function remember(entry) {
		journal.push(entry);
		if (journal.length > opts.maxJournal) journal = journal.slice(journal.length - Math.floor(opts.maxJournal / 2));
	}

	function send(res, answer) {
		if (res.headersSent || res.destroyed || res.socket?.destroyed) return false;
		const headers = lowerKeys(answer.headers);
		let payload = '';
		if (answer.body !== undefined && answer.body !== null) {
			if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) {
				payload = answer.body;
				headers['content-type'] ??= 'text/plain; charset=utf-8';
			} else {
				payload = JSON.stringify(answer.body);
				headers['content-type'] ??= 'application/json; charset=utf-8';
			}
		}
		res.writeHead(answer.status, headers);
		res.end(payload);
		return true;
	}

	function resetSocket(req) {
		const socket = req.socket;
		if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
		else socket.destroy();
	}

	function hang(res) {
		hanging.add(res);
		res.on('close', () => hanging.delete(res));
	}

	/** The answer of a `status` fault. */
	function statusAnswer(fault) {
		const headers = lowerKeys(fault.headers);
		if (fault.contentType) headers['content-type'] = fault.contentType;
		if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
		// HTTP-dates have 1 s resolution: round up so the wait is never shorter than asked.
		if (fault.retryAfterDate !== undefined) {
			headers['retry-after'] = new Date(Math.ceil((Date.now() + Number(fault.retryAfterDate) * 1000) / 1000) * 1000).toUTCString();
		}
		let body = fault.body;
		if (fault.html || (body === undefined && (fault.status === 502 || fault.status === 504))) {
			body = typeof fault.body === 'string' ? fault.body : htmlPage(fault.status);
			headers['content-type'] ??= 'text/html';
		} else if (body === undefined && fault.status >= 400) {
			body = errorBody(ERROR_CODES[fault.status] ?? `http_${fault.status}`, http.STATUS_CODES[fault.status] ?? 'Error');
		}
		return { status: fault.status, headers, body };
	}

	/** Undefined when the request carries the configured credentials, else the 401 answer. */
	function authProblem(req, url) {
		const www = {};
		let problem;
		if (opts.token !== undefined || opts.oauth2) {
			const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
			const token = match?.[1];
			const expiry = token === undefined ? undefined : issued.get(token);
			const ok = token !== undefined && ((opts.token !== undefined && token === String(opts.token)) || (expiry !== undefined && expiry > Date.now()));
			if (!ok) {
				problem = token === undefined ? 'missing bearer token' : 'invalid or expired bearer token';
				www['www-authenticate'] = 'Bearer realm="sink"';
			}
		}
		if (!problem && opts.apiKey) {
			const { name, value, in: where = 'header' } = opts.apiKey;
			const given = where === 'query' ? url.searchParams.get(name) : req.headers[String(name).toLowerCase()];
			if (given !== String(value)) problem = `missing or invalid API key (${where} ${name})`;
		}
		if (!problem && opts.basic) {
			const match = /^Basic\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
			const expected = `${opts.basic.username}:${opts.basic.password}`;
			if (!match || Buffer.from(match[1], 'base64').toString('utf8') !== expected) {
				problem = 'missing or invalid basic credentials';
				www['www-authenticate'] = 'Basic realm="sink"';
			}
		}
		if (!problem) return undefined;
		state.stats.rejected++;
		return { status: 401, headers: www, body: errorBody('unauthorized', problem) };
	}

	function signatureProblem(req, raw) {
		if (opts.signingSecret === undefined) return undefined;
		const problem = verify(opts.signingSecret, req.headers, raw, { toleranceMs: opts.signatureToleranceMs });
		if (!problem) return undefined;
		state.stats.rejected++;
		return { status: 401, body: errorBody(problem.code, problem.message) };
	}

	function single(route, req, raw, entry) {
		const record = parseRecord(raw, req.headers['content-type']);
		const idempotencyKey = keyText(req.headers['idempotency-key']) ?? keyText(record.idempotencyKey);
		const key = route.key ?? keyText(record._key) ?? keyText(record.id) ?? keyText(record.email) ?? idempotencyKey ?? state.autoKey();
		const result = state.write({
			collection: route.collection,
			key,
			idempotencyKey,
			record: stripMeta(record),
			merge: req.method === 'PATCH',
			request: entry.seq,
		});
		if (result.error) return { status: result.error.status, body: { key, error: { code: result.error.code, message: result.error.message } } };
		return {
			status: result.status === 'created' ? 201 : 200,
			headers: result.replayed ? { 'idempotent-replayed': 'true' } : {},
			body: { id: result.id, key: result.key, status: result.status, record: result.record },
			replayed: result.replayed,
		};
	}

	/**
	 * The indexes a partialBatch fault fails: `indexes` (negative: from the end), the first `count`,
	 * a seeded `ratio` of them (records with a key in `keys` fail too); by default the first record.
	 */
	function failingIndexes(fault, records, random) {
		const out = new Set();
		const chosen = fault.indexes !== undefined || fault.keys !== undefined || fault.ratio !== undefined || fault.count !== undefined;
		for (const i of fault.indexes ?? (chosen ? [] : [0])) out.add(i < 0 ? records.length + i : i);
		for (let i = 0; i < Math.min(Number(fault.count ?? 0), records.length); i++) out.add(i);
		if (fault.ratio !== undefined) for (let i = 0; i < records.length; i++) if (random() < fault.ratio) out.add(i);
		return out;
	}

	function batch(route, req, raw, entry, rule) {
		const records = parseBatch(raw, req.headers['content-type']);
		if (records.length === 0) return { status: 400, body: errorBody('empty_batch', 'the batch holds no records') };
		if (records.length > opts.maxBatch) {
			return { status: 413, body: errorBody('batch_too_large', `at most ${opts.maxBatch} records per batch; this one holds ${records.length}`) };
		}
		const batchKey = keyText(req.headers['idempotency-key']);
		const scope = `batch:${req.method}:${route.collection}`;
		const fingerprint = canonical(records);
		if (batchKey !== undefined) {
			const saved = state.savedAnswer(scope, batchKey);
			if (saved) {
				if (saved.fingerprint !== fingerprint && opts.idempotencyConflict !== 'replay') {
					state.stats.failed += records.length;
					return { status: 422, body: errorBody('idempotency_key_reused', 'this Idempotency-Key was already used with a different batch') };
				}
				state.stats.replayed++;
				return { ...saved.answer, headers: { ...saved.answer.headers, 'idempotent-replayed': 'true' }, replayed: true };
			}
		}
		const fault = rule?.fault;
		const failing = fault ? failingIndexes(fault, records, rule.random) : new Set();
		const results = records.map((record, index) => {
			if (!isRecord(record)) {
				state.stats.failed++;
				return { index, key: null, error: { code: 'invalid_record', message: 'each record must be a JSON object', status: 400 } };
			}
			const idempotencyKey = keyText(record.idempotencyKey);
			const key = keyText(record._key) ?? keyText(record.id) ?? keyText(record.email) ?? idempotencyKey ?? state.autoKey();
			if (fault && (failing.has(index) || (fault.keys ?? []).map(String).includes(key))) {
				state.stats.failed++;
				return {
					index,
					key,
					error: { code: fault.code ?? 'record_failed', message: fault.message ?? 'the record was rejected (injected partialBatch fault)', status: fault.recordStatus ?? 500 },
				};
			}
			const result = state.write({ collection: route.collection, key, idempotencyKey, record: stripMeta(record), merge: req.method === 'PATCH', request: entry.seq });
			if (result.error) return { index, key, error: { code: result.error.code, message: result.error.message, status: result.error.status } };
			return { index, key, id: result.id, status: result.status, ...(result.replayed ? { replayed: true } : {}) };
		});
		const answer = { status: results.some((r) => r.error) ? 207 : 200, headers: {}, body: { results } };
		if (batchKey !== undefined) state.saveAnswer(scope, batchKey, { fingerprint, answer });
		return answer;
	}

	function hook(route, req, raw, entry) {
		const body = parseLoose(raw, req.headers['content-type']);
		const idempotencyKey = keyText(req.headers['x-idempotency-key']) ?? keyText(req.headers['idempotency-key']);
		const key = idempotencyKey ?? (isRecord(body) ? (keyText(body.id) ?? keyText(body.eventId)) : undefined) ?? state.autoKey();
		const scope = `hook:${route.hook}`;
		const saved = state.savedAnswer(scope, key);
		if (saved) {
			state.stats.replayed++;
			return { ...saved.answer, headers: { ...saved.answer.headers, 'idempotent-replayed': 'true' }, replayed: true };
		}
		const id = state.deliver({ hook: route.hook, key, idempotencyKey, body, verified: opts.signingSecret !== undefined, request: entry.seq });
		const answer = { status: 200, headers: {}, body: { received: true, id, key, status: 'delivered' } };
		state.saveAnswer(scope, key, { answer });
		return answer;
	}

	function read(route) {
		if (route.key === undefined) return { status: 200, body: { records: state.records(route.collection).map(({ id, key, record }) => ({ id, key, record })) } };
		const found = state.records(route.collection).find((r) => r.key === route.key);
		if (!found) return { status: 404, body: errorBody('not_found', `no record ${route.key} in ${route.collection}`) };
		return { status: 200, body: { id: found.id, key: found.key, record: found.record } };
	}

	/** POST /oauth/token, grant_type=client_credentials, client id/secret in the form or Basic auth. */
	function token(req, raw) {
		if (!opts.oauth2) return { status: 404, body: errorBody('not_found', 'no OAuth2 token endpoint: start the sink with the oauth2 option') };
		const kind = bodyKind(req.headers['content-type']);
		const text = raw.toString('utf8');
		let form = {};
		if (kind === 'form') form = parseForm(text);
		else if (kind === 'json' && text.trim() !== '') form = JSON.parse(text);
		if (form.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
		let clientId = form.client_id;
		let clientSecret = form.client_secret;
		const basic = /^Basic\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
		if (basic) {
			const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
			clientId = decodeURIComponent(id);
			clientSecret = decodeURIComponent(rest.join(':'));
		}
		if (clientId !== opts.oauth2.clientId || clientSecret !== opts.oauth2.clientSecret) {
			state.stats.rejected++;
			return { status: 401, body: { error: 'invalid_client' } };
		}
		const accessToken = `sink_at_${randomBytes(16).toString('hex')}`;
		const expiresIn = opts.oauth2.expiresIn ?? 3600;
		issued.set(accessToken, Date.now() + expiresIn * 1000);
		return { status: 200, headers: { 'cache-control': 'no-store' }, body: { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn } };
	}

	/** The endpoint's answer to a request whose body has been read (faults before it are already handled). */
	function answer(route, req, url, raw, entry, rule) {
		try {
			if (route.kind === 'error') return { status: route.status, body: errorBody(route.code, route.message) };
			if (route.kind === 'token') return token(req, raw);
			if (route.kind === 'hook') return signatureProblem(req, raw) ?? hook(route, req, raw, entry);
			const denied = authProblem(req, url) ?? (opts.signatureScope === 'all' ? signatureProblem(req, raw) : undefined);
			if (denied) return denied;
			if (route.kind === 'get') return read(route);
			if (route.kind === 'batch') return batch(route, req, raw, entry, rule?.fault.type === 'partialBatch' ? rule : undefined);
			return single(route, req, raw, entry);
		} catch (error) {
			if (error instanceof BodyError) return { status: error.status, body: errorBody(error.code, error.message) };
			if (error instanceof SyntaxError) return { status: 400, body: errorBody('invalid_json', error.message) };
			throw error;
		}
	}

	async function handle(req, res) {
		const url = new URL(req.url ?? '/', 'http://sink.invalid');
		if (url.pathname === '/__sink' || url.pathname.startsWith('/__sink/')) return control(req, res, url);
		const started = Date.now();
		const entry = {
			seq: nextSeq++,
			at: started,
			method: req.method,
			path: url.pathname,
			query: url.search,
			headers: { ...req.headers },
			bodySize: 0,
			status: null,
			outcome: 'pending',
			faults: [],
			durationMs: null,
		};
		remember(entry);
		state.stats.requests++;
		const finish = (status, outcome) => {
			entry.status = status;
			entry.outcome = outcome;
			entry.durationMs = Date.now() - started;
		};
		const reply = (result) => finish(result.status, send(res, result) ? 'responded' : 'clientGone');

		const route = routeOf(req.method, url.pathname);
		const fired = faults.fire({ method: req.method, path: url.pathname, batch: route.kind === 'batch' });
		if (fired.length) state.stats.faults++;
		entry.faults = fired.map((r) => r.id);
		const rule = fired.find((r) => !DELAY_TYPES.has(r.fault.type));
		let delayBefore = 0;
		let delayAfter = 0;
		for (const r of fired) {
			if (!DELAY_TYPES.has(r.fault.type)) continue;
			const ms = Number(r.fault.ms) + (r.fault.jitterMs ? Math.floor(r.random() * Number(r.fault.jitterMs)) : 0);
			if (r.fault.afterApply) delayAfter += ms;
			else delayBefore += ms;
		}
		let raw;
		try {
			raw = await readBody(req, opts.maxBodyBytes);
		} catch (error) {
			if (!(error instanceof BodyError)) throw error;
			return reply({ status: error.status, headers: { connection: 'close' }, body: errorBody(error.code, error.message) });
		}
		entry.bodySize = raw.length;
		if (!(await sleep(latencyMs + delayBefore))) return finish(null, 'closed');

		const fault = rule?.fault;
		if (fault?.type === 'status') return reply(statusAnswer(fault));
		if (fault?.type === 'reset') {
			resetSocket(req);
			return finish(null, 'reset');
		}
		if (fault?.type === 'hang') {
			hang(res);
			return finish(null, 'hang');
		}

		const result = answer(route, req, url, raw, entry, rule);
		if (result.replayed) entry.replayed = true;
		if (fault?.type === 'applyThenReset') {
			entry.appliedStatus = result.status;
			resetSocket(req);
			return finish(null, 'applyThenReset');
		}
		if (fault?.type === 'applyThenHang') {
			entry.appliedStatus = result.status;
			hang(res);
			return finish(null, 'applyThenHang');
		}
		if (!(await sleep(delayAfter))) return finish(null, 'closed');
		return reply(result);
	}

	/** The /__sink/ control endpoints (never faulted, delayed or journaled). */
	async function control(req, res, url) {
		const path = url.pathname.replace(/\/+$/, '');
		const method = req.method;
		const ok = (status, body) => send(res, { status, body });
		let body;
		try {
			const raw = await readBody(req, opts.maxBodyBytes);
			body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
		} catch (error) {
			return ok(400, errorBody('invalid_json', error.message));
		}
		try {
			const collection = url.searchParams.get('collection') ?? undefined;
			if ((path === '/__sink' || path === '/__sink/health') && method === 'GET') {
				return ok(200, { ok: true, url: api.url, latencyMs, maxBatch: opts.maxBatch, stats: state.stats });
			}
			if (path === '/__sink/ledger' && method === 'GET') return ok(200, state.ledger({ collection }));
			if (path === '/__sink/requests' && method === 'GET') return ok(200, journalOf(Object.fromEntries(url.searchParams)));
			if (path === '/__sink/requests' && method === 'DELETE') {
				api.clearRequests();
				return ok(200, { ok: true });
			}
			if (path === '/__sink/records' && method === 'GET') return ok(200, state.records(collection));
			if (path === '/__sink/faults' && method === 'GET') return ok(200, faults.list());
			if (path === '/__sink/faults' && method === 'POST') {
				const rules = Array.isArray(body) ? body : Array.isArray(body?.rules) ? body.rules : [body];
				return ok(200, { ids: faults.add(rules) });
			}
			if (path === '/__sink/faults' && method === 'DELETE') {
				faults.clear();
				return ok(200, { ok: true });
			}
			const one = /^\/__sink\/faults\/([^/]+)$/.exec(path);
			if (one && method === 'DELETE') return ok(200, { removed: faults.remove(decodeURIComponent(one[1])) });
			if (path === '/__sink/reset' && method === 'POST') {
				api.reset();
				return ok(200, { ok: true });
			}
			if (path === '/__sink/latency' && method === 'GET') return ok(200, { ms: latencyMs });
			if (path === '/__sink/latency' && (method === 'PUT' || method === 'POST')) {
				api.setLatency(body?.ms);
				return ok(200, { ms: latencyMs });
			}
			if (path === '/__sink/tokens/revoke' && method === 'POST') {
				api.revokeTokens();
				return ok(200, { ok: true });
			}
			return ok(404, errorBody('not_found', `no control endpoint ${method} ${path}`));
		} catch (error) {
			if (error instanceof RuleError || error instanceof TypeError) return ok(400, errorBody('invalid_request', error.message));
			throw error;
		}
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error) => {
			send(res, { status: 500, body: errorBody('sink_bug', `the sink mock failed: ${error.message}`) });
		});
	});
	server.on('clientError', (error, socket) => socket.destroy());
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const port = server.address().port;

	const api = {
		url: `http://${opts.host}:${port}`,
		port,
		server,
		/** Stops the server: hung requests and keep-alive connections are destroyed, pending delays dropped. */
		close() {
			if (closed) return Promise.resolve();
			closed = true;
			for (const timer of timers) {
				clearTimeout(timer);
				timer.resolve(false);
			}
			timers.clear();
			for (const res of hanging) res.socket?.destroy();
			return new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
		/** Adds a fault rule (or an array of rules); returns its id (their ids). */
		addFault: (rule) => faults.add(rule),
		removeFault: (id) => faults.remove(id),
		clearFaults: () => faults.clear(),
		/** The rules with how many requests each saw (`seen`) and how often it fired (`hits`). */
		faults: () => faults.list(),
		/** `{ effects, byKey, stats }`; `{ collection }` narrows effects and byKey to one collection. */
		ledger: (filter) => state.ledger(filter),
		/** The journal of requests (control requests excluded), oldest first; filter `{ since?, method?, path? }`. */
		requests: (filter) => structuredClone(journalOf(filter)),
		/** The CRM mock's name for requests(). */
		journal: (filter) => structuredClone(journalOf(filter)),
		clearRequests() {
			journal = [];
		},
		/** What the store holds now: `[{ collection, key, id, record }]`. */
		records: (collection) => state.records(collection),
		/** Forgets records, effects, idempotency keys, the journal and the faults; latency back to the start option. */
		reset() {
			state.reset();
			faults.clear();
			journal = [];
			nextSeq = 1;
			latencyMs = Number(opts.latencyMs) || 0;
		},
		setLatency(ms) {
			const value = Number(ms);
			if (!(value >= 0)) throw new TypeError('latency must be a number of milliseconds >= 0');
			latencyMs = value;
		},
		/** Invalidates every OAuth2 token issued so far (the next call gets 401 and must fetch a new one). */
		revokeTokens: () => issued.clear(),
	};
	return api;
}

/**
 * The control API of a sink running in another process, over /__sink/ (every method async).
 */
function connectMockSink(url) {
	const base = String(url).replace(/\/+$/, '');
	async function call(method, path, body) {
		const response = await fetch(`${base}/__sink${path}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`sink control ${method} ${path}: ${response.status} ${text}`);
		return text ? JSON.parse(text) : undefined;
	}
	const query = (filter) => (filter?.collection ? `?collection=${encodeURIComponent(filter.collection)}` : '');
	return {
		url: base,
		addFault: async (rule) => {
			const { ids } = await call('POST', '/faults', rule);
			return Array.isArray(rule) ? ids : ids[0];
		},
		removeFault: (id) => call('DELETE', `/faults/${encodeURIComponent(id)}`),
		clearFaults: () => call('DELETE', '/faults'),
		faults: () => call('GET', '/faults'),
		ledger: (filter) => call('GET', `/ledger${query(filter)}`),
		requests: (filter) => call('GET', `/requests${filter ? `?${new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))}` : ''}`),
		clearRequests: () => call('DELETE', '/requests'),
		records: (collection) => call('GET', `/records${query({ collection })}`),
		reset: () => call('POST', '/reset'),
		setLatency: (ms) => call('PUT', '/latency', { ms }),
		revokeTokens: () => call('POST', '/tokens/revoke'),
	};
}

module.exports = { startMockSink, connectMockSink, auditLedger, sign, signatureHeaders, verifySignature: verify, canonical };

if (require.main === module) {
	const args = process.argv.slice(2);
	const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const number = (name) => (value(name) === undefined ? undefined : Number(value(name)));
	startMockSink({
		port: number('--port'),
		latencyMs: number('--latency'),
		seed: number('--seed'),
		maxBatch: number('--max-batch'),
		token: value('--token'),
		signingSecret: value('--signing-secret'),
	}).then((sink) => {
		process.stdout.write(`${JSON.stringify({ url: sink.url, port: sink.port })}\n`);
		const stop = () => sink.close().then(() => process.exit(0));
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}

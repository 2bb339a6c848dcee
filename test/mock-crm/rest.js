'use strict';
/**
 * Generic REST personality for the "any REST CRM" connector: `/rest/{style}/{objectType}` where
 * the style picks the pagination:
 *   cursor  → `{ data: [...], next_cursor }`, next page with `?cursor=`
 *   nexturl → `{ items: [...], next: '<absolute url>' | null }`
 *   offset  → `?offset&limit`, `{ records: [...], total }`
 *   page    → `?page&per_page` (1-based), `{ results: [...], page, pages }`
 *   link    → a bare array and `Link: <url>; rel="next"` (page/per_page in the url)
 * Optional `updated_since` (updated_at ≥) and `sort=updated_at` (else by id). Auth: Bearer,
 * `X-API-Key` header, Basic (token as user or password) or `api_key` query param.
 */
const { iso, parseTime, compareValues, encodeCursor, decodeCursor, sortBy, first, Table, takeToken, compareIds } = require('./util');

const STYLES = ['cursor', 'nexturl', 'offset', 'page', 'link'];

function table(state, type) {
	let t = state.rest.tables.get(type);
	if (!t) {
		t = new Table(1);
		state.rest.tables.set(type, t);
	}
	return t;
}

/** Seed shape: `{ id?, ...fields, created_at?, updated_at? }` (`createdAt` / `updatedAt` are aliases). */
function seed(state, objectType, records, now) {
	const t = table(state, objectType);
	const ids = [];
	for (const input of records) {
		const { id, created_at, updated_at, createdAt, updatedAt, ...fields } = input;
		let updated = parseTime(updated_at ?? updatedAt);
		let created = parseTime(created_at ?? createdAt);
		if (Number.isNaN(updated)) updated = Number.isNaN(created) ? now : Math.max(created, now);
		if (Number.isNaN(created)) created = Math.min(updated, now);
		const recId = id !== undefined && id !== null ? id : t.allocateId();
		t.put({ id: recId, fields, created_at: created, updated_at: updated });
		ids.push(recId);
	}
	return ids;
}

const render = (r) => ({ id: r.id, ...r.fields, created_at: iso(r.created_at), updated_at: iso(r.updated_at) });

function unauthorized() {
	return { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="mock-crm"' }, body: { error: 'unauthorized', message: 'Missing or invalid credentials' } };
}

function statusBody(ctx, status) {
	if (status === 401) return unauthorized().body;
	if (status === 429) return { error: 'rate_limited', message: 'Too many requests' };
	return { error: status >= 500 ? 'server_error' : 'error', message: `HTTP ${status}` };
}

function authorised(ctx) {
	const cfg = ctx.state.config.rest;
	if (cfg.token === null || cfg.token === undefined || cfg.token === '') return true;
	const allowed = cfg.auth || 'any';
	const can = (style) => allowed === 'any' || allowed === style;
	const auth = ctx.headers.authorization || '';
	if (can('bearer') && auth === `Bearer ${cfg.token}`) return true;
	if (can('header') && ctx.headers[(cfg.headerName || 'x-api-key').toLowerCase()] === cfg.token) return true;
	if (can('basic') && auth.startsWith('Basic ')) {
		const [user, ...rest] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
		if (user === cfg.token || rest.join(':') === cfg.token) return true;
	}
	if (can('query') && first(ctx.query[cfg.queryName || 'api_key']) === cfg.token) return true;
	return false;
}

function matches(path) {
	return path.startsWith('/rest/');
}

async function handle(ctx) {
	const { state } = ctx;
	if (!authorised(ctx)) return unauthorized();
	const limit = state.config.rest.rateLimit;
	if (limit && limit.max) {
		const t = takeToken(state.rest.bucket, { max: limit.max, windowMs: limit.windowMs ?? 1000 }, Date.now());
		if (!t.ok) return { status: 429, headers: limit.retryAfter === false ? {} : { 'Retry-After': String(t.retryAfter) }, body: statusBody(ctx, 429) };
	}
	const m = /^\/rest\/([a-z]+)\/([^/]+)(?:\/([^/]+))?$/.exec(ctx.path);
	if (!m || !STYLES.includes(m[1])) return { status: 404, body: { error: 'not_found', message: `Unknown path ${ctx.path}; use /rest/{${STYLES.join('|')}}/{objectType}` } };
	if (ctx.method !== 'GET') return { status: 405, body: { error: 'method_not_allowed', message: `${ctx.method} is not supported` } };
	const type = decodeURIComponent(m[2]);
	if (m[3] !== undefined) {
		const rec = table(state, type).get(decodeURIComponent(m[3]));
		return rec ? { status: 200, body: render(rec) } : { status: 404, body: { error: 'not_found', message: `No ${type} with id ${m[3]}` } };
	}
	return list(ctx, m[1], type);
}

function list(ctx, style, type) {
	const { state, query } = ctx;
	const sortField = first(query.sort) === 'updated_at' ? 'updated_at' : 'id';
	const desc = String(first(query.order) || 'asc').toLowerCase() === 'desc';
	const since = query.updated_since !== undefined ? parseTime(first(query.updated_since)) : null;
	if (Number.isNaN(since)) return { status: 400, body: { error: 'bad_request', message: 'updated_since must be an ISO 8601 date-time' } };
	const t = table(state, type);
	const keyOf = (r) => (sortField === 'id' ? [String(r.id)] : [r.updated_at, String(r.id)]);
	const specs = sortField === 'id' ? [{ ids: true, desc }] : [{ desc }, { ids: true, desc }];
	const sorted = t.memo(`${sortField}:${desc}`, () => sortBy(t.values(), keyOf, specs));
	const rows = since === null ? sorted : sorted.filter((r) => r.updated_at >= since);
	const perPageParam = style === 'page' || style === 'link' ? 'per_page' : 'limit';
	const limit = Number(first(query[perPageParam]) ?? 50);
	if (!Number.isInteger(limit) || limit < 1) return { status: 400, body: { error: 'bad_request', message: `${perPageParam} must be a positive integer` } };
	const size = Math.min(limit, 1000);
	const shown = ctx.fault && ctx.fault.type === 'shortPage' ? Math.max(1, Math.min(size, ctx.fault.size ?? Math.floor(size / 2))) : size;
	const nextUrl = (params) => {
		const u = new URL(ctx.path, ctx.baseUrl);
		for (const [k, v] of Object.entries(query)) for (const x of [].concat(v)) u.searchParams.append(k, x);
		for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v));
		return u.toString();
	};

	if (style === 'cursor' || style === 'nexturl') {
		const token = first(query[style === 'cursor' ? 'cursor' : 'after']);
		let start = 0;
		if (token !== undefined && token !== '') {
			const c = decodeCursor(token);
			if (!c || c.s !== sortField) return { status: 400, body: { error: 'bad_request', message: 'Invalid cursor' } };
			const after = sortField === 'id' ? [String(c.id)] : [c.k, String(c.id)];
			start = rows.findIndex((r) => {
				const k = keyOf(r);
				for (let i = 0; i < k.length; i++) {
					const cmp = i === k.length - 1 ? compareIds(k[i], after[i]) : compareValues(k[i], after[i]);
					if (cmp !== 0) return desc ? cmp < 0 : cmp > 0;
				}
				return false;
			});
			if (start < 0) start = rows.length;
		}
		const page = rows.slice(start, start + shown);
		const last = page[page.length - 1];
		const more = start + page.length < rows.length;
		const next = more && last ? encodeCursor({ s: sortField, k: sortField === 'id' ? undefined : last.updated_at, id: last.id }) : null;
		if (style === 'cursor') return { status: 200, body: { data: page.map(render), next_cursor: next } };
		return { status: 200, body: { items: page.map(render), next: next ? nextUrl({ after: next, limit: size }) : null } };
	}
	if (style === 'offset') {
		const offset = Number(first(query.offset) ?? 0);
		if (!Number.isInteger(offset) || offset < 0) return { status: 400, body: { error: 'bad_request', message: 'offset must be a non-negative integer' } };
		return { status: 200, body: { records: rows.slice(offset, offset + shown).map(render), total: rows.length } };
	}
	const page = Number(first(query.page) ?? 1);
	if (!Number.isInteger(page) || page < 1) return { status: 400, body: { error: 'bad_request', message: 'page must be a positive integer' } };
	const pages = Math.ceil(rows.length / size);
	const slice = rows.slice((page - 1) * size, (page - 1) * size + shown).map(render);
	if (style === 'page') return { status: 200, body: { results: slice, page, pages } };
	const links = [];
	if (page < pages) links.push(`<${nextUrl({ page: page + 1, per_page: size })}>; rel="next"`);
	if (pages > 0) links.push(`<${nextUrl({ page: pages, per_page: size })}>; rel="last"`);
	return { status: 200, headers: links.length ? { Link: links.join(', ') } : {}, body: slice };
}

function dump(state, type) {
	const t = state.rest.tables.get(type);
	if (!t) return [];
	return sortBy(t.values(), (r) => [String(r.id)], [{ ids: true }]).map(render);
}

function initState() {
	return { tables: new Map(), bucket: {} };
}

module.exports = { name: 'rest', matches, handle, seed, dump, statusBody, unauthorized, initState };

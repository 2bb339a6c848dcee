'use strict';
/**
 * Pipedrive personality: v1 offset lists (`/v1/{persons|organizations|deals}` with start/limit and
 * the `additional_data.pagination` envelope), v2 cursor lists (`/api/v2/...` with cursor, limit,
 * updated_since/until, sort_by, sort_direction), single records, `/v1/users/me`, `api_token` auth
 * (query param or `x-api-token` header) and an optional rate limit per 2-second window.
 */
const { pdV1Date, pdV2Date, parseTime, toSecond, compareValues, encodeCursor, decodeCursor, sortBy, first, Table, takeToken } = require('./util');

const TYPES = ['persons', 'organizations', 'deals'];
const SINGULAR = { persons: 'Person', organizations: 'Organization', deals: 'Deal' };
const OWNER = { id: 1, name: 'Mock Owner', email: 'owner@example.com' };
const KNOWN = {
	persons: ['id', 'name', 'first_name', 'last_name', 'email', 'emails', 'phone', 'phones', 'org_id', 'owner_id', 'add_time', 'update_time', 'createdAt', 'updatedAt'],
	organizations: ['id', 'name', 'owner_id', 'address', 'add_time', 'update_time', 'createdAt', 'updatedAt'],
	deals: ['id', 'title', 'value', 'currency', 'status', 'stage_id', 'pipeline_id', 'person_id', 'org_id', 'owner_id', 'user_id', 'add_time', 'update_time', 'createdAt', 'updatedAt'],
};

function table(state, type) {
	let t = state.pipedrive.tables.get(type);
	if (!t) {
		t = new Table(1);
		state.pipedrive.tables.set(type, t);
	}
	return t;
}

const refId = (v) => (v === null || v === undefined ? null : typeof v === 'object' ? Number(v.value ?? v.id) : Number(v));

/** Emails/phones from a string, a list of strings, or Pipedrive's `[{ value, primary, label }]`. */
function contactList(v, label) {
	if (v === null || v === undefined || v === '') return [];
	const list = Array.isArray(v) ? v : [v];
	return list
		.map((x, i) => (typeof x === 'object' && x !== null
			? { value: String(x.value ?? ''), primary: x.primary === true || x.primary === 'true' || (x.primary === undefined && i === 0), label: x.label ?? label }
			: { value: String(x), primary: i === 0, label }))
		.filter((x) => x.value !== '');
}

/**
 * Seed shape (persons): `{ id?, name?, first_name?, last_name?, email?|emails? (string, string[] or
 * [{value, primary, label}]), phone?|phones?, org_id?, owner_id?, add_time?, update_time? }`;
 * organizations `{ name, address?, owner_id? }`; deals `{ title, value?, currency?, status?, person_id?, org_id?, owner_id?|user_id? }`.
 * `createdAt` / `updatedAt` are aliases of add_time / update_time. Other keys are custom fields.
 */
function seed(state, objectType, records, now) {
	const type = objectType;
	const t = table(state, type);
	const ids = [];
	for (const input of records) {
		let updated = parseTime(input.update_time ?? input.updatedAt);
		let added = parseTime(input.add_time ?? input.createdAt);
		if (Number.isNaN(updated)) updated = Number.isNaN(added) ? now : Math.max(added, now);
		if (Number.isNaN(added)) added = Math.min(updated, now);
		const id = input.id !== undefined && input.id !== null ? Number(input.id) : t.allocateId();
		const extras = {};
		for (const [k, v] of Object.entries(input)) if (!(KNOWN[type] || []).includes(k)) extras[k] = v;
		const rec = { id, add_time: toSecond(added), update_time: toSecond(updated), owner_id: refId(input.owner_id ?? input.user_id) ?? OWNER.id, extras };
		if (type === 'persons') {
			rec.first_name = input.first_name ?? null;
			rec.last_name = input.last_name ?? null;
			rec.name = input.name ?? ([rec.first_name, rec.last_name].filter(Boolean).join(' ') || null);
			rec.emails = contactList(input.emails ?? input.email, 'work');
			rec.phones = contactList(input.phones ?? input.phone, 'work');
			rec.org_id = refId(input.org_id);
		} else if (type === 'organizations') {
			rec.name = input.name ?? null;
			rec.address = input.address ?? null;
		} else if (type === 'deals') {
			rec.title = input.title ?? input.name ?? null;
			rec.value = input.value ?? 0;
			rec.currency = input.currency ?? 'USD';
			rec.status = input.status ?? 'open';
			rec.stage_id = input.stage_id ?? 1;
			rec.pipeline_id = input.pipeline_id ?? 1;
			rec.person_id = refId(input.person_id);
			rec.org_id = refId(input.org_id);
		} else {
			rec.name = input.name ?? null;
		}
		t.put(rec);
		ids.push(id);
	}
	return ids;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function userObject(id) {
	const name = id === OWNER.id ? OWNER.name : `User ${id}`;
	const email = id === OWNER.id ? OWNER.email : `user${id}@example.com`;
	return { id, name, email, has_pic: 0, pic_hash: null, active_flag: true, value: id };
}

function orgRef(state, id) {
	if (id === null || id === undefined) return null;
	const org = table(state, 'organizations').get(id);
	return { name: org ? org.name : null, people_count: 0, owner_id: org ? org.owner_id : OWNER.id, address: org ? org.address : null, active_flag: true, cc_email: 'mock@pipedrivemail.com', value: id };
}

function personRef(state, id) {
	if (id === null || id === undefined) return null;
	const p = table(state, 'persons').get(id);
	return { active_flag: true, name: p ? p.name : null, email: p ? contactsV1(p.emails) : [], phone: p ? contactsV1(p.phones) : [], owner_id: p ? p.owner_id : OWNER.id, value: id };
}

/** v1 shows an empty contact list as one blank primary entry. */
const contactsV1 = (list) => (list.length ? list.map((x) => ({ ...x })) : [{ value: '', primary: true }]);
const ownerName = (id) => userObject(id).name;

function renderV1(state, type, r) {
	const common = { id: r.id, company_id: 1, add_time: pdV1Date(r.add_time), update_time: pdV1Date(r.update_time), active_flag: true, visible_to: '3', owner_name: ownerName(r.owner_id), cc_email: 'mock@pipedrivemail.com' };
	if (type === 'persons') {
		const org = orgRef(state, r.org_id);
		return { ...common, owner_id: userObject(r.owner_id), org_id: org, name: r.name, first_name: r.first_name, last_name: r.last_name, email: contactsV1(r.emails), phone: contactsV1(r.phones), org_name: org ? org.name : null, open_deals_count: 0, ...r.extras };
	}
	if (type === 'organizations') {
		return { ...common, owner_id: userObject(r.owner_id), name: r.name, address: r.address, people_count: 0, open_deals_count: 0, ...r.extras };
	}
	if (type === 'deals') {
		const org = orgRef(state, r.org_id);
		const person = personRef(state, r.person_id);
		return {
			...common, creator_user_id: userObject(r.owner_id), user_id: userObject(r.owner_id), person_id: person, org_id: org, title: r.title, value: r.value, currency: r.currency,
			status: r.status, stage_id: r.stage_id, pipeline_id: r.pipeline_id, person_name: person ? person.name : null, org_name: org ? org.name : null, active: r.status === 'open', deleted: false, ...r.extras,
		};
	}
	return { ...common, name: r.name, ...r.extras };
}

function renderV2(state, type, r) {
	const common = { id: r.id, owner_id: r.owner_id, add_time: pdV2Date(r.add_time), update_time: pdV2Date(r.update_time), is_deleted: false, visible_to: 3, custom_fields: { ...r.extras } };
	if (type === 'persons') {
		return { ...common, name: r.name, first_name: r.first_name, last_name: r.last_name, org_id: r.org_id, emails: r.emails.map((x) => ({ ...x })), phones: r.phones.map((x) => ({ ...x })), label_ids: [] };
	}
	if (type === 'organizations') return { ...common, name: r.name, address: r.address === null ? null : { value: r.address }, label_ids: [] };
	if (type === 'deals') {
		return { ...common, title: r.title, value: r.value, currency: r.currency, status: r.status, stage_id: r.stage_id, pipeline_id: r.pipeline_id, person_id: r.person_id, org_id: r.org_id, label_ids: [] };
	}
	return { ...common, name: r.name };
}

// ---------------------------------------------------------------------------------------------
// Errors, auth, limits

const fail = (status, error, extra = {}) => ({ status, body: { success: false, error, error_info: 'Please check developers.pipedrive.com', data: null, additional_data: null, ...extra } });

function unauthorized() {
	return fail(401, 'unauthorized access', { errorCode: 401 });
}

function statusBody(ctx, status) {
	if (status === 401) return unauthorized().body;
	if (status === 429) return fail(429, 'Request over limit', { errorCode: 429 }).body;
	if (status === 404) return fail(404, 'Not found', { errorCode: 404 }).body;
	return fail(status, 'Internal server error', { errorCode: status }).body;
}

function rateLimit(ctx) {
	const cfg = ctx.state.config.pipedrive.rateLimit;
	if (!cfg || !cfg.max) return { headers: {} };
	const windowMs = cfg.windowMs ?? 2000;
	const t = takeToken(ctx.state.pipedrive.bucket, { max: cfg.max, windowMs }, Date.now());
	const headers = { 'x-ratelimit-limit': String(cfg.max), 'x-ratelimit-remaining': String(t.remaining), 'x-ratelimit-reset': String(Math.ceil(windowMs / 1000)) };
	if (!t.ok) {
		headers['x-ratelimit-reset'] = String(t.retryAfter);
		if (cfg.retryAfter !== false) headers['Retry-After'] = String(t.retryAfter);
		const r = fail(429, 'Request over limit', { errorCode: 429 });
		r.headers = headers;
		return { response: r };
	}
	return { headers };
}

// ---------------------------------------------------------------------------------------------
// Endpoints

function pageLimit(ctx, limit) {
	if (ctx.fault && ctx.fault.type === 'shortPage') return Math.max(1, Math.min(limit, ctx.fault.size ?? Math.floor(limit / 2)));
	return limit;
}

function listV1(ctx, type) {
	const { state, query } = ctx;
	const start = Number(first(query.start) ?? 0);
	let limit = Number(first(query.limit) ?? 100);
	if (!Number.isInteger(start) || start < 0 || !Number.isInteger(limit) || limit < 1) return fail(400, 'Invalid start or limit', { errorCode: 400 });
	// v1 clamps an oversized limit instead of failing.
	limit = Math.min(limit, 500);
	const t = table(state, type);
	const sortText = first(query.sort);
	let sorted;
	if (sortText) {
		const keys = String(sortText).split(',').map((s) => s.trim().split(/\s+/)).map(([f, d]) => ({ f, desc: /^desc$/i.test(d || '') }));
		sorted = t.memo(`v1:${sortText}`, () => sortBy(t.values(), (r) => [...keys.map((k) => sortValue(r, k.f)), r.id], [...keys.map((k) => ({ desc: k.desc })), {}]));
	} else {
		sorted = t.memo('id', () => sortBy(t.values(), (r) => [r.id]));
	}
	const size = pageLimit(ctx, limit);
	const page = sorted.slice(start, start + size);
	const more = start + page.length < sorted.length;
	const pagination = { start, limit, more_items_in_collection: more };
	if (more) pagination.next_start = start + page.length;
	// Pipedrive v1 answers an empty list with data: null.
	return { status: 200, body: { success: true, data: page.length ? page.map((r) => renderV1(state, type, r)) : null, additional_data: { pagination } } };
}

function sortValue(r, field) {
	const v = r[field] ?? (r.extras ? r.extras[field] : undefined);
	return v === undefined ? null : typeof v === 'string' ? v.toLowerCase() : v;
}

function listV2(ctx, type) {
	const { state, query } = ctx;
	const limit = Number(first(query.limit) ?? 100);
	if (!Number.isInteger(limit) || limit < 1 || limit > 500) return fail(400, `Validation failed: limit: Parameter must be an integer between 1 and 500 (got ${first(query.limit)})`, { code: 'ERR_SCHEMA_VALIDATION_FAILED' });
	const sortByField = String(first(query.sort_by) ?? 'id');
	if (!['id', 'update_time', 'add_time'].includes(sortByField)) return fail(400, `Validation failed: sort_by: must be one of id, update_time, add_time`, { code: 'ERR_SCHEMA_VALIDATION_FAILED' });
	const direction = String(first(query.sort_direction) ?? 'asc');
	if (!['asc', 'desc'].includes(direction)) return fail(400, 'Validation failed: sort_direction: must be asc or desc', { code: 'ERR_SCHEMA_VALIDATION_FAILED' });
	const desc = direction === 'desc';
	const since = query.updated_since !== undefined ? parseTime(first(query.updated_since)) : null;
	const until = query.updated_until !== undefined ? parseTime(first(query.updated_until)) : null;
	if (Number.isNaN(since) || Number.isNaN(until)) return fail(400, 'Validation failed: updated_since/updated_until must be RFC 3339 date-times', { code: 'ERR_SCHEMA_VALIDATION_FAILED' });
	let after = null;
	if (query.cursor !== undefined) {
		after = decodeCursor(first(query.cursor));
		if (!after || after.s !== sortByField || after.d !== direction) return fail(400, 'Invalid cursor', { code: 'ERR_INVALID_CURSOR' });
	}
	const ids = query.ids !== undefined ? new Set(String(first(query.ids)).split(',').map(Number)) : null;
	const owner = query.owner_id !== undefined ? Number(first(query.owner_id)) : null;
	const org = query.org_id !== undefined ? Number(first(query.org_id)) : null;
	const t = table(state, type);
	const keyOf = (r) => (sortByField === 'id' ? [r.id] : [r[sortByField], r.id]);
	const sorted = t.memo(`v2:${sortByField}:${direction}`, () => sortBy(t.values(), keyOf, [{ desc }, { desc }]));
	let i = 0;
	if (after) {
		const key = sortByField === 'id' ? [after.id] : [after.k, after.id];
		const cmp = (r) => {
			const k = keyOf(r);
			for (let j = 0; j < k.length; j++) {
				const c = compareValues(k[j], key[j]);
				if (c !== 0) return desc ? -c : c;
			}
			return 0;
		};
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cmp(sorted[mid]) <= 0) lo = mid + 1;
			else hi = mid;
		}
		i = lo;
	}
	const size = pageLimit(ctx, limit);
	const page = [];
	const ok = (r) => (since === null || r.update_time >= since) && (until === null || r.update_time < until) && (!ids || ids.has(r.id)) && (owner === null || r.owner_id === owner) && (org === null || r.org_id === org);
	for (; i < sorted.length && page.length < size; i++) if (ok(sorted[i])) page.push(sorted[i]);
	let more = false;
	for (let j = i; j < sorted.length; j++) if (ok(sorted[j])) { more = true; break; }
	const last = page[page.length - 1];
	const nextCursor = more && last ? encodeCursor({ s: sortByField, d: direction, k: sortByField === 'id' ? undefined : last[sortByField], id: last.id }) : null;
	return { status: 200, body: { success: true, data: page.map((r) => renderV2(state, type, r)), additional_data: { next_cursor: nextCursor } } };
}

function getOne(ctx, type, id, v2) {
	const rec = table(ctx.state, type).get(Number(id));
	if (!rec) return fail(404, `${SINGULAR[type] || 'Item'} not found`, { errorCode: 404 });
	return { status: 200, body: { success: true, data: v2 ? renderV2(ctx.state, type, rec) : renderV1(ctx.state, type, rec), ...(v2 ? {} : { additional_data: {} }) } };
}

function matches(path) {
	return path.startsWith('/v1/') || path.startsWith('/api/v2/') || path.startsWith('/api/v1/');
}

async function handle(ctx) {
	const { state, method, path, query } = ctx;
	const token = first(query.api_token) ?? ctx.headers['x-api-token'];
	if (token !== state.config.pipedrive.token) return unauthorized();
	const limited = rateLimit(ctx);
	if (limited.response) return limited.response;
	const response = route(ctx, method, path.replace(/^\/api\/v1\//, '/v1/'));
	response.headers = { ...limited.headers, ...(response.headers || {}) };
	return response;
}

function route(ctx, method, path) {
	if (method !== 'GET') return fail(405, `Method ${method} not supported by the mock's Pipedrive personality`, { errorCode: 405 });
	if (path === '/v1/users/me') {
		return { status: 200, body: { success: true, data: { ...OWNER, company_id: 1, company_name: 'Mock Company', company_domain: 'mock', active_flag: true, is_admin: 1, default_currency: 'USD', timezone_name: 'UTC' } } };
	}
	let m = /^\/v1\/([a-z]+)(?:\/(\d+))?$/.exec(path);
	if (m && TYPES.includes(m[1])) return m[2] ? getOne(ctx, m[1], m[2], false) : listV1(ctx, m[1]);
	m = /^\/api\/v2\/([a-z]+)(?:\/(\d+))?$/.exec(path);
	if (m && TYPES.includes(m[1])) return m[2] ? getOne(ctx, m[1], m[2], true) : listV2(ctx, m[1]);
	return fail(404, `Unknown endpoint ${path}`, { errorCode: 404 });
}

function dump(state, type) {
	const t = state.pipedrive.tables.get(type);
	if (!t) return [];
	return sortBy(t.values(), (r) => [r.id]).map((r) => renderV2(state, type, r));
}

function initState() {
	return { tables: new Map(), bucket: {} };
}

module.exports = { name: 'pipedrive', matches, handle, seed, dump, statusBody, unauthorized, initState };

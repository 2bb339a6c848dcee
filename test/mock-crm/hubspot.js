'use strict';
/**
 * HubSpot CRM v3 personality: objects list/get/search/batch under `/crm/v3/objects/{type}` and
 * `/crm/objects/<date-version>/{type}`, Bearer private-app token, HubSpot's error bodies, optional
 * ten-secondly / search rate limits (token buckets, real time) and search lag (virtual clock).
 */
const { iso, parseTime, compareIds, compareValues, sortBy, first, Table, takeToken } = require('./util');

const STANDARD = {
	contacts: ['email', 'firstname', 'lastname', 'phone', 'mobilephone', 'company', 'website', 'jobtitle', 'lifecyclestage', 'hs_lead_status',
		'hubspot_owner_id', 'address', 'city', 'state', 'zip', 'country', 'associatedcompanyid', 'external_id', 'createdate', 'lastmodifieddate', 'hs_object_id'],
	companies: ['name', 'domain', 'phone', 'website', 'industry', 'description', 'numberofemployees', 'annualrevenue', 'hubspot_owner_id',
		'address', 'city', 'state', 'zip', 'country', 'external_id', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
	deals: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'dealtype', 'description', 'hubspot_owner_id', 'external_id',
		'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
	tickets: ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_priority', 'hs_ticket_category', 'source_type',
		'hubspot_owner_id', 'external_id', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};
const DEFAULTS = {
	contacts: ['firstname', 'lastname', 'email'],
	companies: ['name', 'domain'],
	deals: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
	tickets: ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority'],
};
const TYPE_IDS = { '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals', '0-5': 'tickets', contact: 'contacts', company: 'companies', deal: 'deals', ticket: 'tickets' };
const OPERATORS = new Set(['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN']);
const SEARCH_CAP = 10000;

const modProp = (type) => (type === 'contacts' ? 'lastmodifieddate' : 'hs_lastmodifieddate');
const createProp = (type) => (STANDARD[type] ? 'createdate' : 'hs_createdate');
const alwaysProps = (type) => [createProp(type), modProp(type), 'hs_object_id'];
const isDateProp = (type, name) => name === createProp(type) || name === modProp(type) || /date$/.test(name);

function canonicalType(type) {
	return TYPE_IDS[type] || type;
}

function knownType(state, type) {
	return Boolean(STANDARD[type]) || /^(2-\d+|p_\w+|p\d+_\w+)$/.test(type) || state.hubspot.tables.has(type);
}

function table(state, type) {
	let t = state.hubspot.tables.get(type);
	if (!t) {
		t = new Table(1);
		state.hubspot.tables.set(type, t);
	}
	return t;
}

function knownProp(state, type, name) {
	if (alwaysProps(type).includes(name)) return true;
	if (STANDARD[type] && STANDARD[type].includes(name)) return true;
	const t = state.hubspot.tables.get(type);
	if (t && t.seen.has(name)) return true;
	return (state.config.hubspot.extraProperties[type] || []).includes(name);
}

function propValue(rec, type, name) {
	if (name === 'hs_object_id') return rec.id;
	if (name === createProp(type)) return iso(rec.createdAt);
	if (name === modProp(type)) return iso(rec.updatedAt);
	const v = rec.props[name];
	return v === undefined ? null : v;
}

const toProp = (v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Renders the stored record; `requested` null = the type's default properties. */
function render(state, rec, type, requested) {
	const names = requested
		? requested.filter((n) => knownProp(state, type, n))
		: DEFAULTS[type] || Object.keys(rec.props);
	const properties = {};
	for (const n of new Set([...names, ...alwaysProps(type)])) properties[n] = propValue(rec, type, n);
	const out = { id: rec.id, properties, createdAt: iso(rec.createdAt), updatedAt: iso(rec.updatedAt), archived: rec.archived };
	if (rec.archived) out.archivedAt = iso(rec.updatedAt);
	return out;
}

function renderAll(state, rec, type) {
	const properties = {};
	for (const n of [...Object.keys(rec.props), ...alwaysProps(type)]) properties[n] = propValue(rec, type, n);
	return { id: rec.id, properties, createdAt: iso(rec.createdAt), updatedAt: iso(rec.updatedAt), archived: rec.archived };
}

// ---------------------------------------------------------------------------------------------
// Errors

function correlationId(state) {
	state.hubspot.correlation++;
	return `00000000-0000-4000-8000-${String(state.hubspot.correlation).padStart(12, '0')}`;
}

function error(state, status, category, message, extra = {}) {
	return { status, body: { status: 'error', message, correlationId: correlationId(state), category, ...extra } };
}

const validation = (state, message, extra) => error(state, 400, 'VALIDATION_ERROR', message, extra);

function unauthorized(ctx) {
	const r = error(ctx.state, 401, 'INVALID_AUTHENTICATION',
		'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview');
	r.headers = { 'X-HubSpot-Auth-Failure': '401 Unauthorized' };
	return r;
}

function rateLimited(ctx, policy, retryAfterSeconds) {
	const messages = { TEN_SECONDLY_ROLLING: 'ten_secondly_rolling', SECONDLY: 'secondly', DAILY: 'daily' };
	const body = {
		status: 'error',
		message: `You have reached your ${messages[policy]} limit.`,
		errorType: 'RATE_LIMIT',
		correlationId: correlationId(ctx.state),
		policyName: policy,
	};
	if (policy === 'TEN_SECONDLY_ROLLING') body.groupName = 'publicapi:private-app-api-calls-ten-secondly:62515';
	const headers = {};
	if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
	return { status: 429, headers, body };
}

/** Default body for a `status` fault aimed at HubSpot. */
function statusBody(ctx, status) {
	if (status === 429) return rateLimited(ctx, 'TEN_SECONDLY_ROLLING').body;
	if (status === 401) return unauthorized(ctx).body;
	if (status === 403) return error(ctx.state, 403, 'MISSING_SCOPES', 'This app hasn\'t been granted all required scopes to make this call.').body;
	if (status === 404) return error(ctx.state, 404, 'OBJECT_NOT_FOUND', 'resource not found').body;
	return error(ctx.state, status, 'INTERNAL_ERROR', 'internal error').body;
}

// ---------------------------------------------------------------------------------------------
// Rate limits (token buckets in real time: the benchmark measures wall time)

function applyRateLimits(ctx, isSearch) {
	const cfg = ctx.state.config.hubspot;
	const hs = ctx.state.hubspot;
	const headers = {};
	const nowMs = Date.now();
	if (cfg.rateLimit && cfg.rateLimit.daily) {
		if (hs.dailyUsed >= cfg.rateLimit.daily) {
			const r = rateLimited(ctx, 'DAILY');
			return { response: r };
		}
	}
	if (isSearch && cfg.searchRateLimit) {
		const limit = { max: cfg.searchRateLimit.max ?? 5, windowMs: cfg.searchRateLimit.windowMs ?? 1000 };
		const t = takeToken(hs.searchBucket, limit, nowMs);
		if (!t.ok) return { response: rateLimited(ctx, 'SECONDLY', cfg.searchRateLimit.retryAfter === false ? undefined : t.retryAfter) };
	}
	if (cfg.rateLimit && cfg.rateLimit.max) {
		const limit = { max: cfg.rateLimit.max, windowMs: cfg.rateLimit.windowMs ?? 10000 };
		const t = takeToken(hs.bucket, limit, nowMs);
		headers['X-HubSpot-RateLimit-Interval-Milliseconds'] = String(limit.windowMs);
		headers['X-HubSpot-RateLimit-Max'] = String(limit.max);
		headers['X-HubSpot-RateLimit-Remaining'] = String(t.remaining);
		if (!t.ok) {
			const r = rateLimited(ctx, 'TEN_SECONDLY_ROLLING', cfg.rateLimit.retryAfter === false ? undefined : t.retryAfter);
			r.headers = { ...headers, ...r.headers };
			return { response: r };
		}
	}
	if (cfg.rateLimit && cfg.rateLimit.daily) {
		hs.dailyUsed++;
		headers['X-HubSpot-RateLimit-Daily'] = String(cfg.rateLimit.daily);
		headers['X-HubSpot-RateLimit-Daily-Remaining'] = String(cfg.rateLimit.daily - hs.dailyUsed);
	}
	return { headers };
}

// ---------------------------------------------------------------------------------------------
// Seeding and writing

/**
 * Seed shape: `{ id?, properties?: {...}, createdAt?, updatedAt?, archived?, ...flatProperties }`.
 * Timestamps may also come as the `createdate` / `lastmodifieddate` (`hs_lastmodifieddate`) properties.
 */
function seed(state, objectType, records, now) {
	const type = canonicalType(objectType);
	const t = table(state, type);
	const ids = [];
	for (const input of records) {
		const { id, properties, createdAt, updatedAt, archived, ...flat } = input;
		const props = {};
		for (const [k, v] of Object.entries({ ...flat, ...(properties || {}) })) props[k] = toProp(v);
		let updated = parseTime(updatedAt ?? props[modProp(type)] ?? props.lastmodifieddate ?? props.hs_lastmodifieddate);
		let created = parseTime(createdAt ?? props[createProp(type)] ?? props.createdate);
		if (Number.isNaN(updated)) updated = Number.isNaN(created) ? now : Math.max(created, now);
		if (Number.isNaN(created)) created = Math.min(updated, now);
		for (const n of [...alwaysProps(type), 'createdate', 'lastmodifieddate', 'hs_lastmodifieddate']) delete props[n];
		const recId = id !== undefined && id !== null ? String(id) : String(t.allocateId());
		for (const k of Object.keys(props)) t.seen.add(k);
		t.put({ id: recId, props, createdAt: created, updatedAt: updated, archived: Boolean(archived) });
		ids.push(recId);
	}
	return ids;
}

function checkProperties(state, type, properties) {
	const problems = [];
	for (const name of Object.keys(properties || {})) {
		if (['hs_object_id', modProp(type), 'hs_lastmodifieddate', 'lastmodifieddate'].includes(name)) {
			problems.push({ isValid: false, message: `${name} is a read only property; its value cannot be set.`, error: 'READ_ONLY_VALUE', name });
		} else if (STANDARD[type] && state.config.hubspot.strictProperties && !knownProp(state, type, name)) {
			problems.push({ isValid: false, message: `Property "${name}" does not exist`, error: 'PROPERTY_DOESNT_EXIST', name, localizedErrorMessage: `Property "${name}" does not exist` });
		}
	}
	return problems;
}

function propertyError(state, problems) {
	return validation(state, `Property values were not valid: ${JSON.stringify(problems)}`, {
		errors: problems.map((p) => ({ message: p.message, code: p.error, context: { propertyName: [p.name] } })),
	});
}

function applyProps(rec, t, properties, now) {
	let changed = false;
	for (const [k, v] of Object.entries(properties || {})) {
		const value = toProp(v);
		t.seen.add(k);
		if (rec.props[k] !== value) {
			rec.props[k] = value;
			changed = true;
		}
	}
	// Only a real change bumps lastmodifieddate, so re-sending the same upsert is idempotent.
	if (changed) rec.updatedAt = now;
	return changed;
}

function createRecord(t, properties, now) {
	const rec = { id: String(t.allocateId()), props: {}, createdAt: now, updatedAt: now, archived: false };
	applyProps(rec, t, properties, now);
	t.put(rec);
	return rec;
}

function findBy(state, type, idProperty, value) {
	const t = table(state, type);
	if (!idProperty || idProperty === 'hs_object_id') {
		const r = t.get(value);
		return r && !r.archived ? r : undefined;
	}
	const wanted = String(value).toLowerCase();
	for (const r of t.byId.values()) {
		if (!r.archived && r.props[idProperty] !== undefined && r.props[idProperty] !== null && String(r.props[idProperty]).toLowerCase() === wanted) return r;
	}
	return undefined;
}

function uniqueProps(state, type) {
	return ['hs_object_id', ...(state.config.hubspot.uniqueProperties[type] || [])];
}

// ---------------------------------------------------------------------------------------------
// Endpoints

function parseRequested(v) {
	if (v === undefined) return null;
	const list = [].concat(v).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
	return list.length ? list : null;
}

function listObjects(ctx, type) {
	const { state, query } = ctx;
	const limit = query.limit === undefined ? 10 : Number(first(query.limit));
	if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
		return validation(state, `limit must be an integer between 1 and 100 (got ${first(query.limit)})`);
	}
	let afterId = null;
	if (query.after !== undefined) {
		const raw = String(first(query.after));
		const decoded = /^\d+$/.test(raw) ? raw : Buffer.from(raw, 'base64').toString('utf8').trim();
		if (!/^\d+$/.test(decoded)) return validation(state, `Invalid input: after "${raw}" is not a valid paging cursor`);
		afterId = decoded;
	}
	const archived = String(first(query.archived)) === 'true';
	const t = table(state, type);
	const sorted = t.memo('list', () => sortBy(t.values(), (r) => [r.id], [{ ids: true }]));
	let start = 0;
	if (afterId !== null) {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compareIds(sorted[mid].id, afterId) <= 0) lo = mid + 1;
			else hi = mid;
		}
		start = lo;
	}
	const size = shortSize(ctx, limit);
	const page = [];
	let i = start;
	for (; i < sorted.length && page.length < size; i++) if (sorted[i].archived === archived) page.push(sorted[i]);
	let more = false;
	for (let j = i; j < sorted.length; j++) if (sorted[j].archived === archived) { more = true; break; }
	const requested = parseRequested(query.properties);
	const body = { results: page.map((r) => render(state, r, type, requested)) };
	if (more && page.length) {
		const after = Buffer.from(page[page.length - 1].id).toString('base64');
		const link = new URL(ctx.url.pathname, ctx.baseUrl);
		for (const [k, v] of Object.entries(query)) if (k !== 'after') for (const x of [].concat(v)) link.searchParams.append(k, x);
		link.searchParams.set('after', after);
		body.paging = { next: { after, link: link.toString() } };
	}
	return { status: 200, body };
}

function shortSize(ctx, limit) {
	if (ctx.fault && ctx.fault.type === 'shortPage') return Math.max(1, Math.min(limit, ctx.fault.size ?? Math.floor(limit / 2)));
	return limit;
}

function getObject(ctx, type, id) {
	const { state, query } = ctx;
	const idProperty = first(query.idProperty);
	const rec = findBy(state, type, idProperty, id);
	const archived = String(first(query.archived)) === 'true';
	const found = rec || (archived && table(state, type).get(id));
	if (!found) return error(state, 404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.', { context: { id: [id] } });
	return { status: 200, body: render(state, found, type, parseRequested(query.properties)) };
}

/** A filter as a predicate over stored records; throws a validation response on bad input. */
function compileFilter(state, type, f) {
	const name = f && f.propertyName;
	const op = f && f.operator;
	if (typeof name !== 'string' || !OPERATORS.has(op)) throw validation(state, `Invalid filter: ${JSON.stringify(f)} (propertyName and a known operator are required)`);
	if (!knownProp(state, type, name)) throw validation(state, `There was a problem with the request: property "${name}" does not exist on ${type}`, { subCategory: 'PROPERTY_DOESNT_EXIST' });
	const kind = name === 'hs_object_id' ? 'id' : isDateProp(type, name) ? 'date' : 'auto';
	const get = (rec) => {
		if (kind === 'date') {
			if (name === createProp(type)) return rec.createdAt;
			if (name === modProp(type)) return rec.updatedAt;
		}
		return propValue(rec, type, name);
	};
	const conv = (v) => {
		if (v === null || v === undefined || v === '') return null;
		if (kind === 'date') {
			const ms = parseTime(v);
			return Number.isNaN(ms) ? null : ms;
		}
		if (kind === 'id') return Number(v);
		return v;
	};
	const need = (v, what) => {
		if (v === undefined || v === null) throw validation(state, `Invalid filter: operator ${op} on ${name} needs ${what}`);
		const c = conv(v);
		if (kind === 'date' && c === null) throw validation(state, `Invalid filter: "${v}" is not a valid date value for ${name} (use epoch milliseconds or ISO 8601)`);
		return c;
	};
	const cmp = (a, b) => {
		if (a === null) return NaN;
		if (kind !== 'auto') return a - b;
		const an = Number(a);
		const bn = Number(b);
		if (a !== '' && b !== '' && Number.isFinite(an) && Number.isFinite(bn)) return an - bn;
		return compareValues(String(a).toLowerCase(), String(b).toLowerCase());
	};
	const eq = (a, b) => a !== null && cmp(conv(a), b) === 0;
	switch (op) {
		case 'EQ': { const v = need(f.value, 'value'); return (r) => eq(get(r), v); }
		case 'NEQ': { const v = need(f.value, 'value'); return (r) => !eq(get(r), v); }
		case 'LT': { const v = need(f.value, 'value'); return (r) => cmp(conv(get(r)), v) < 0; }
		case 'LTE': { const v = need(f.value, 'value'); return (r) => cmp(conv(get(r)), v) <= 0; }
		case 'GT': { const v = need(f.value, 'value'); return (r) => cmp(conv(get(r)), v) > 0; }
		case 'GTE': { const v = need(f.value, 'value'); return (r) => cmp(conv(get(r)), v) >= 0; }
		case 'BETWEEN': {
			const lo = need(f.value, 'value');
			const hi = need(f.highValue, 'highValue');
			return (r) => { const x = conv(get(r)); return cmp(x, lo) >= 0 && cmp(x, hi) <= 0; };
		}
		case 'IN':
		case 'NOT_IN': {
			if (!Array.isArray(f.values)) throw validation(state, `Invalid filter: operator ${op} needs values[]`);
			const vs = f.values.map((v) => need(v, 'values'));
			const test = (r) => vs.some((v) => eq(get(r), v));
			return op === 'IN' ? test : (r) => !test(r);
		}
		case 'HAS_PROPERTY': return (r) => { const x = get(r); return x !== null && x !== ''; };
		case 'NOT_HAS_PROPERTY': return (r) => { const x = get(r); return x === null || x === ''; };
		case 'CONTAINS_TOKEN':
		case 'NOT_CONTAINS_TOKEN': {
			const token = String(need(f.value, 'value')).toLowerCase();
			const re = new RegExp(`^${token.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
			const test = (r) => {
				const x = get(r);
				if (x === null) return false;
				const text = String(x).toLowerCase();
				return re.test(text) || text.split(/[\s@.,;:_\-/]+/).some((part) => re.test(part));
			};
			return op === 'CONTAINS_TOKEN' ? test : (r) => !test(r);
		}
		default: throw validation(state, `Unsupported operator ${op}`);
	}
}

function search(ctx, type) {
	const { state } = ctx;
	const body = ctx.json;
	if (!body || typeof body !== 'object') return validation(state, 'Invalid input JSON on line 1, column 1: request body is required');
	const groups = body.filterGroups || [];
	if (!Array.isArray(groups)) return validation(state, 'filterGroups must be an array');
	const filterCount = groups.reduce((n, g) => n + ((g && g.filters) || []).length, 0);
	if (groups.length > 5 || groups.some((g) => ((g && g.filters) || []).length > 10) || filterCount > 25) {
		return validation(state, `Search allows at most 5 filterGroups, 10 filters per group and 25 filters in total (got ${groups.length} groups, ${filterCount} filters)`);
	}
	const sorts = body.sorts || [];
	if (!Array.isArray(sorts) || sorts.length > 1) return validation(state, 'Only one sort is supported (sorts has a maximum of 1 item)');
	const limit = body.limit === undefined ? 10 : Number(body.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 200) return validation(state, `limit must be between 1 and 200 (got ${body.limit})`);
	const afterRaw = body.after === undefined || body.after === null || body.after === '' ? '0' : String(body.after);
	if (!/^\d+$/.test(afterRaw)) return validation(state, `Invalid input: after "${afterRaw}" must be a numeric offset`);
	const offset = Number(afterRaw);
	if (offset + limit > SEARCH_CAP) {
		return validation(state, `Search results are limited to ${SEARCH_CAP} records: after (${offset}) + limit (${limit}) is beyond that. Narrow the query instead of paging further.`, {
			subCategory: 'SEARCH_RESULTS_LIMIT',
			context: { after: [afterRaw], limit: [String(limit)] },
		});
	}
	let predicates;
	let sortSpec;
	try {
		predicates = groups.map((g) => (g.filters || []).map((f) => compileFilter(state, type, f)));
		const s = sorts[0];
		if (s !== undefined) {
			const propertyName = typeof s === 'string' ? s.replace(/^-/, '') : s.propertyName;
			const desc = typeof s === 'string' ? s.startsWith('-') : s.direction === 'DESCENDING';
			if (!knownProp(state, type, propertyName)) throw validation(state, `Cannot sort on unknown property "${propertyName}"`);
			sortSpec = { propertyName, desc };
		}
	} catch (r) {
		if (r && r.status) return r;
		throw r;
	}
	const lag = state.config.hubspot.searchLagMs || 0;
	const nowMs = ctx.now();
	const text = typeof body.query === 'string' && body.query.trim() ? body.query.trim().toLowerCase() : null;
	const t = table(state, type);
	const key = JSON.stringify({ g: groups, s: sortSpec, q: text, lag: lag ? nowMs : 0 });
	const matches = t.memo(`search:${key}`, () => {
		const found = [];
		for (const r of t.byId.values()) {
			if (r.archived) continue;
			if (lag && r.updatedAt > nowMs - lag) continue;
			if (predicates.length && !predicates.some((and) => and.every((p) => p(r)))) continue;
			if (text && !Object.values(r.props).some((v) => v !== null && String(v).toLowerCase().includes(text))) continue;
			found.push(r);
		}
		if (!sortSpec) return sortBy(found, (r) => [r.id], [{ ids: true }]);
		const { propertyName, desc } = sortSpec;
		const keyOf = (r) => {
			if (propertyName === modProp(type)) return r.updatedAt;
			if (propertyName === createProp(type)) return r.createdAt;
			if (propertyName === 'hs_object_id') return Number(r.id);
			const v = propValue(r, type, propertyName);
			if (v === null) return null;
			if (isDateProp(type, propertyName)) return parseTime(v);
			return v !== '' && Number.isFinite(Number(v)) ? Number(v) : String(v).toLowerCase();
		};
		// Ties are broken by id ascending so paging is stable.
		return sortBy(found, (r) => [keyOf(r), r.id], [{ desc }, { ids: true }]);
	});
	const size = shortSize(ctx, limit);
	const page = matches.slice(offset, offset + size);
	const requested = Array.isArray(body.properties) && body.properties.length ? body.properties : null;
	const out = { total: matches.length, results: page.map((r) => render(state, r, type, requested)) };
	if (offset + page.length < matches.length) out.paging = { next: { after: String(offset + page.length) } };
	return { status: 200, body: out };
}

function batchInputs(ctx) {
	const body = ctx.json;
	if (!body || !Array.isArray(body.inputs)) return { error: validation(ctx.state, 'Invalid input JSON: inputs[] is required') };
	if (body.inputs.length > 100) return { error: validation(ctx.state, `Batch input cannot exceed 100 inputs (got ${body.inputs.length})`, { subCategory: 'BATCH_TOO_LARGE' }) };
	return { inputs: body.inputs, body };
}

function batchResult(ctx, results, errors, status) {
	const nowIso = iso(ctx.now());
	const body = { status: 'COMPLETE', results, startedAt: nowIso, completedAt: nowIso, requestedAt: nowIso };
	if (errors.length) {
		body.numErrors = errors.length;
		body.errors = errors;
		return { status: 207, body };
	}
	return { status, body };
}

/** The input indexes a `partialBatch` fault makes fail. */
function failingIndexes(ctx, count) {
	if (!ctx.fault || ctx.fault.type !== 'partialBatch') return new Set();
	if (Array.isArray(ctx.fault.indexes)) return new Set(ctx.fault.indexes);
	const n = ctx.fault.count ?? 1;
	return new Set(Array.from({ length: Math.min(n, count) }, (_, i) => i));
}

function injectedError(index, input) {
	return {
		status: 'error',
		category: 'VALIDATION_ERROR',
		message: `Property values were not valid (injected failure for input ${index})`,
		context: { inputIndex: [String(index)], id: input && input.id !== undefined ? [String(input.id)] : [] },
		errors: [{ message: 'injected by the mock CRM (partialBatch fault)', code: 'INVALID_OPTION' }],
	};
}

function batch(ctx, type, op) {
	const { state } = ctx;
	const parsed = batchInputs(ctx);
	if (parsed.error) return parsed.error;
	const { inputs, body } = parsed;
	const t = table(state, type);
	const now = ctx.now();
	const failing = failingIndexes(ctx, inputs.length);
	const requested = Array.isArray(body.properties) && body.properties.length ? body.properties : null;
	if (op === 'read') {
		const results = [];
		const missing = [];
		for (const input of inputs) {
			const rec = findBy(state, type, body.idProperty, input && input.id);
			if (rec) results.push(render(state, rec, type, requested));
			else missing.push(String(input && input.id));
		}
		const errors = missing.length
			? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: `Could not get some ${type.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`, context: { ids: missing } }]
			: [];
		return batchResult(ctx, results, errors, 200);
	}
	if (op === 'archive') {
		for (const input of inputs) {
			const rec = t.get(input && input.id);
			if (rec && !rec.archived) {
				rec.archived = true;
				rec.updatedAt = now;
				t.touch();
			}
		}
		return { status: 204 };
	}
	const problems = inputs.flatMap((input) => checkProperties(state, type, input && input.properties));
	if (problems.length) return propertyError(state, problems);
	if (op === 'create') {
		if (type === 'contacts') {
			const emails = new Map();
			for (const input of inputs) {
				const email = input && input.properties && input.properties.email;
				if (!email) continue;
				const existing = findBy(state, type, 'email', email);
				if (existing) return error(state, 409, 'CONFLICT', `Contact already exists. Existing ID: ${existing.id}`);
				if (emails.has(String(email).toLowerCase())) return validation(state, `Duplicate email in batch input: ${email}`);
				emails.set(String(email).toLowerCase(), true);
			}
		}
		const results = [];
		const errors = [];
		inputs.forEach((input, i) => {
			if (failing.has(i)) return void errors.push(injectedError(i, input));
			results.push(renderAll(state, createRecord(t, input.properties, now), type));
		});
		return batchResult(ctx, results, errors, 201);
	}
	if (op === 'update' || op === 'upsert') {
		const idProperty = inputs[0] && inputs[0].idProperty;
		if (op === 'upsert' && idProperty && !uniqueProps(state, type).includes(idProperty)) {
			return validation(state, `idProperty "${idProperty}" is not a unique identifier property of ${type}; use one of ${uniqueProps(state, type).join(', ')}`);
		}
		const seenIds = new Set();
		for (const input of inputs) {
			const k = `${input && input.idProperty}:${String(input && input.id).toLowerCase()}`;
			if (seenIds.has(k)) return validation(state, `Duplicate IDs found in batch input: [${input.id}]. IDs must be unique`, { subCategory: 'DUPLICATE_IDS' });
			seenIds.add(k);
		}
		const results = [];
		const errors = [];
		inputs.forEach((input, i) => {
			if (!input || input.id === undefined || input.id === null || input.id === '') {
				return void errors.push({ status: 'error', category: 'VALIDATION_ERROR', message: `Input ${i} has no id`, context: { inputIndex: [String(i)] } });
			}
			if (failing.has(i)) return void errors.push(injectedError(i, input));
			const existing = findBy(state, type, input.idProperty, input.id);
			if (op === 'update') {
				if (!existing) {
					return void errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND', message: `Object ${input.id} not found`, context: { ids: [String(input.id)] } });
				}
				if (applyProps(existing, t, input.properties, now)) t.touch();
				return void results.push(renderAll(state, existing, type));
			}
			if (existing) {
				if (applyProps(existing, t, input.properties, now)) t.touch();
				return void results.push({ ...renderAll(state, existing, type), new: false });
			}
			const props = { ...(input.properties || {}) };
			if (input.idProperty && input.idProperty !== 'hs_object_id' && props[input.idProperty] === undefined) props[input.idProperty] = input.id;
			results.push({ ...renderAll(state, createRecord(t, props, now), type), new: true });
		});
		return batchResult(ctx, results, errors, 200);
	}
	return error(state, 404, 'OBJECT_NOT_FOUND', `Unknown batch operation ${op}`);
}

function createOne(ctx, type) {
	const { state } = ctx;
	const properties = (ctx.json && ctx.json.properties) || {};
	const problems = checkProperties(state, type, properties);
	if (problems.length) return propertyError(state, problems);
	if (type === 'contacts' && properties.email) {
		const existing = findBy(state, type, 'email', properties.email);
		if (existing) return error(state, 409, 'CONFLICT', `Contact already exists. Existing ID: ${existing.id}`);
	}
	return { status: 201, body: renderAll(state, createRecord(table(state, type), properties, ctx.now()), type) };
}

function updateOne(ctx, type, id) {
	const { state } = ctx;
	const rec = findBy(state, type, first(ctx.query.idProperty), id);
	if (!rec) return error(state, 404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.', { context: { id: [id] } });
	const properties = (ctx.json && ctx.json.properties) || {};
	const problems = checkProperties(state, type, properties);
	if (problems.length) return propertyError(state, problems);
	const t = table(state, type);
	if (applyProps(rec, t, properties, ctx.now())) t.touch();
	return { status: 200, body: renderAll(state, rec, type) };
}

const PATH = /^\/crm\/(?:v3\/objects|objects\/\d{4}-\d{2})\/([^/]+)(?:\/(.*))?$/;

function matches(path) {
	return PATH.test(path) || path.startsWith('/account-info/') || path.startsWith('/crm/');
}

async function handle(ctx) {
	const { state } = ctx;
	const auth = ctx.headers.authorization || '';
	if (auth !== `Bearer ${state.config.hubspot.token}`) return unauthorized(ctx);
	const m = PATH.exec(ctx.path);
	const isSearch = Boolean(m && ctx.method === 'POST' && m[2] === 'search');
	const limited = applyRateLimits(ctx, isSearch);
	if (limited.response) return limited.response;
	const response = route(ctx, m);
	response.headers = { ...limited.headers, ...(response.headers || {}) };
	return response;
}

function route(ctx, m) {
	const { state, method } = ctx;
	if (ctx.path === '/account-info/v3/details' && method === 'GET') {
		return { status: 200, body: { portalId: 62515, accountType: 'STANDARD', timeZone: 'UTC', companyCurrency: 'USD', utcOffset: '+00:00', uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' } };
	}
	if (!m) return error(state, 404, 'OBJECT_NOT_FOUND', `No route for ${method} ${ctx.path}`);
	const type = canonicalType(decodeURIComponent(m[1]));
	if (!knownType(state, type)) return validation(state, `Unable to infer object type from: ${m[1]}`);
	const rest = m[2] || '';
	if (ctx.jsonError) return validation(state, `Invalid input JSON: ${ctx.jsonError}`);
	if (rest === '') {
		if (method === 'GET') return listObjects(ctx, type);
		if (method === 'POST') return createOne(ctx, type);
	} else if (rest === 'search' && method === 'POST') {
		return search(ctx, type);
	} else if (rest.startsWith('batch/') && method === 'POST') {
		return batch(ctx, type, rest.slice(6));
	} else if (!rest.includes('/')) {
		const id = decodeURIComponent(rest);
		if (method === 'GET') return getObject(ctx, type, id);
		if (method === 'PATCH') return updateOne(ctx, type, id);
		if (method === 'DELETE') {
			const rec = table(state, type).get(id);
			if (rec && !rec.archived) {
				rec.archived = true;
				rec.updatedAt = ctx.now();
				table(state, type).touch();
			}
			return { status: 204 };
		}
	}
	return error(state, 405, 'VALIDATION_ERROR', `Method ${method} not allowed on ${ctx.path}`);
}

/** Every stored record of a type, all properties (for `/__mock/store` and tests). */
function dump(state, objectType) {
	const type = canonicalType(objectType);
	const t = state.hubspot.tables.get(type);
	if (!t) return [];
	return sortBy(t.values(), (r) => [r.id], [{ ids: true }]).map((r) => renderAll(state, r, type));
}

function initState() {
	return { tables: new Map(), correlation: 0, bucket: {}, searchBucket: {}, dailyUsed: 0 };
}

module.exports = { name: 'hubspot', matches, handle, seed, dump, statusBody, unauthorized, initState, modProp };

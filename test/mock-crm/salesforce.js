'use strict';
/**
 * Salesforce REST personality: OAuth2 token endpoint (client_credentials, refresh_token,
 * jwt-bearer) with login counting and a login rate limit, Bearer sessions that can expire after
 * N data calls, mini SOQL query/queryAll with query locators and batch sizes, sObject get /
 * create / update / upsert / delete, sObject Collections (≤200) with allOrNone, the daily API
 * quota (403 REQUEST_LIMIT_EXCEEDED) and `Sforce-Limit-Info` on every data response.
 */
const crypto = require('node:crypto');
const { sfDate, parseTime, toSecond, compareValues, first, Table } = require('./util');
const { parse, SoqlError } = require('./soql');

const COMMON = {
	Id: 'id', IsDeleted: 'boolean', OwnerId: 'reference', CreatedById: 'reference', LastModifiedById: 'reference',
	CreatedDate: 'datetime', LastModifiedDate: 'datetime', SystemModstamp: 'datetime',
};
const SCHEMA = {
	Account: { Name: 'string', Phone: 'phone', Website: 'url', Industry: 'picklist', Type: 'picklist', BillingCity: 'string', BillingCountry: 'string', NumberOfEmployees: 'int', AnnualRevenue: 'currency', Description: 'textarea' },
	Contact: { FirstName: 'string', LastName: 'string', Name: 'string', Email: 'email', Phone: 'phone', MobilePhone: 'phone', Title: 'string', Department: 'string', AccountId: 'reference', MailingCity: 'string', MailingCountry: 'string', LeadSource: 'picklist' },
	Lead: { FirstName: 'string', LastName: 'string', Name: 'string', Email: 'email', Phone: 'phone', Company: 'string', Title: 'string', Status: 'picklist', LeadSource: 'picklist', IsConverted: 'boolean' },
	Opportunity: { Name: 'string', Amount: 'currency', StageName: 'picklist', CloseDate: 'date', Probability: 'percent', Type: 'picklist', LeadSource: 'picklist', AccountId: 'reference' },
	Case: { CaseNumber: 'string', Subject: 'string', Description: 'textarea', Status: 'picklist', Priority: 'picklist', Origin: 'picklist', AccountId: 'reference', ContactId: 'reference' },
	Campaign: { Name: 'string', Status: 'picklist', Type: 'picklist', StartDate: 'date', EndDate: 'date', IsActive: 'boolean' },
	User: { Name: 'string', FirstName: 'string', LastName: 'string', Email: 'email', Username: 'string', IsActive: 'boolean' },
};
const KEY_PREFIX = { Account: '001', Contact: '003', Lead: '00Q', Opportunity: '006', Case: '500', Campaign: '701', User: '005' };
const REFERENCES = { AccountId: 'Account', ContactId: 'Contact', OwnerId: 'User', CreatedById: 'User', LastModifiedById: 'User' };
const READ_ONLY = new Set(['Id', 'IsDeleted', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'CreatedById', 'LastModifiedById', 'CaseNumber']);
const COMPUTED_NAME = new Set(['Contact', 'Lead', 'User']);
const NUMERIC = new Set(['int', 'double', 'currency', 'percent']);
const STRINGY = new Set(['string', 'email', 'phone', 'picklist', 'textarea', 'url']);
const DEFAULT_USER = '005000000000001AAA';
const LOWER = Symbol('lowercase field names');

// ---------------------------------------------------------------------------------------------
// Ids, objects, schema

/** Salesforce's 18-character id: 15 case-sensitive characters plus a 3-character case checksum. */
function makeId(prefix, n) {
	const base = prefix + String(n).padStart(12, '0');
	const map = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let flags = 0;
		for (let i = 0; i < 5; i++) {
			const ch = base[chunk * 5 + i];
			if (ch >= 'A' && ch <= 'Z') flags |= 1 << i;
		}
		suffix += map[flags];
	}
	return base + suffix;
}

function keyPrefix(state, object) {
	if (KEY_PREFIX[object]) return KEY_PREFIX[object];
	const custom = state.salesforce.customPrefixes;
	if (!custom.has(object)) custom.set(object, `a0${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[custom.size % 26]}`);
	return custom.get(object);
}

/** The canonical object name for `name` (case-insensitive), or undefined if the object does not exist. */
function resolveObject(state, name) {
	const lower = String(name).toLowerCase();
	for (const o of Object.keys(SCHEMA)) if (o.toLowerCase() === lower) return o;
	for (const o of state.salesforce.tables.keys()) if (o.toLowerCase() === lower) return o;
	if (/__c$/i.test(name)) return name;
	return undefined;
}

function table(state, object) {
	let t = state.salesforce.tables.get(object);
	if (!t) {
		t = new Table(1);
		t.types = new Map();
		state.salesforce.tables.set(object, t);
	}
	return t;
}

/** The object's fields → types (standard ones plus those seen in seeded records), cached: it is asked per field per row. */
function schemaFor(state, object) {
	const t = state.salesforce.tables.get(object);
	const size = t ? t.types.size : 0;
	const cached = state.salesforce.schemaCache.get(object);
	if (cached && cached.size === size) return cached.schema;
	const schema = { ...COMMON, ...(SCHEMA[object] || { Name: 'string' }) };
	if (t) for (const [k, v] of t.types) if (!schema[k]) schema[k] = v;
	const lower = new Map(Object.keys(schema).map((k) => [k.toLowerCase(), k]));
	Object.defineProperty(schema, LOWER, { value: lower, enumerable: false });
	state.salesforce.schemaCache.set(object, { size, schema });
	return schema;
}

/** The canonical (schema) spelling of a field name; SOQL names are case-insensitive. */
function resolveField(schema, name) {
	const lower = schema[LOWER];
	if (lower) return lower.get(String(name).toLowerCase());
	const l = String(name).toLowerCase();
	return Object.keys(schema).find((k) => k.toLowerCase() === l);
}

function relationshipTarget(schema, relName) {
	const lower = relName.toLowerCase();
	for (const field of Object.keys(schema)) {
		if (schema[field] === 'reference' && field.endsWith('Id') && field.slice(0, -2).toLowerCase() === lower) {
			return { field, rel: field.slice(0, -2), object: REFERENCES[field] };
		}
	}
	if (lower.endsWith('__r')) {
		const field = Object.keys(schema).find((k) => k.toLowerCase() === lower.replace(/__r$/, '__c'));
		if (field) return { field, rel: field.replace(/__c$/, '__r'), object: undefined };
	}
	return undefined;
}

function inferType(value) {
	if (typeof value === 'number') return 'double';
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(parseTime(value))) return 'datetime';
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
	if (typeof value === 'string' && /^[a-zA-Z0-9]{3}0[a-zA-Z0-9]{14}$/.test(value)) return 'reference';
	return 'string';
}

// ---------------------------------------------------------------------------------------------
// Errors

const sfError = (status, errorCode, message, fields) => ({ status, body: [{ message, errorCode, ...(fields ? { fields } : {}) }] });

function unauthorized() {
	return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
}

function statusBody(ctx, status) {
	if (status === 401) return unauthorized().body;
	if (status === 403) return sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.').body;
	if (status === 404) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist').body;
	if (status === 429) return sfError(429, 'REQUEST_LIMIT_EXCEEDED', 'Too many requests').body;
	return sfError(status, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)').body;
}

// ---------------------------------------------------------------------------------------------
// Seeding and storage

function normaliseFields(state, object, input, now, isNew) {
	const t = table(state, object);
	let schema = schemaFor(state, object);
	const out = {};
	for (const [key, raw] of Object.entries(input)) {
		if (key === 'attributes' || key === 'createdAt' || key === 'updatedAt') continue;
		let name = resolveField(schema, key);
		if (!name) {
			name = key;
			if (raw === null || typeof raw !== 'object') {
				t.types.set(name, inferType(raw));
				schema = schemaFor(state, object);
			}
		}
		if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
			out[name] = raw; // a nested relationship given as-is, e.g. Account: { Name }
			continue;
		}
		out[name] = schema[name] === 'datetime' && raw !== null ? toSecond(parseTime(raw)) : raw;
	}
	if (isNew) {
		const updated = toSecond(parseTime(input.updatedAt ?? out.SystemModstamp ?? out.LastModifiedDate ?? now));
		out.SystemModstamp = Number.isNaN(out.SystemModstamp) || out.SystemModstamp === undefined ? updated : out.SystemModstamp;
		out.LastModifiedDate = Number.isNaN(out.LastModifiedDate) || out.LastModifiedDate === undefined ? updated : out.LastModifiedDate;
		const created = toSecond(parseTime(input.createdAt ?? out.CreatedDate ?? Math.min(out.LastModifiedDate, now)));
		out.CreatedDate = created;
		if (out.IsDeleted === undefined) out.IsDeleted = false;
		if (out.OwnerId === undefined && object !== 'User') out.OwnerId = DEFAULT_USER;
	}
	return out;
}

function computeName(object, rec) {
	if (COMPUTED_NAME.has(object)) rec.Name = [rec.FirstName, rec.LastName].filter(Boolean).join(' ') || rec.Name || null;
}

/** Seed shape: Salesforce field names (`Id?`, `Email`, `LastModifiedDate`, ...); `createdAt` / `updatedAt` are aliases. */
function seed(state, objectName, records, now) {
	const object = resolveObject(state, objectName) || objectName;
	const t = table(state, object);
	const ids = [];
	for (const input of records) {
		const fields = normaliseFields(state, object, input, now, true);
		const rec = { ...fields, Id: fields.Id ? String(fields.Id) : allocate(state, object, t) };
		computeName(object, rec);
		rec.id = rec.Id;
		t.put(rec);
		ids.push(rec.Id);
	}
	return ids;
}

function allocate(state, object, t) {
	t.sfCounter = (t.sfCounter || 0) + 1;
	let id = makeId(keyPrefix(state, object), t.sfCounter);
	while (t.byId.has(id)) {
		t.sfCounter++;
		id = makeId(keyPrefix(state, object), t.sfCounter);
	}
	return id;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function recordUrl(ctx, object, id) {
	return `/services/data/v${ctx.sfVersion}/sobjects/${object}/${id}`;
}

function formatValue(schema, name, value) {
	if (value === undefined) return null;
	if (schema[name] === 'datetime' && typeof value === 'number') return sfDate(value);
	return value;
}

/** Resolves a (possibly dotted) path on a record: `{ value }` or `{ related, object }` for the last hop. */
function pathValue(ctx, object, rec, segments) {
	const { state } = ctx;
	const schema = schemaFor(state, object);
	if (segments.length === 1) {
		const name = resolveField(schema, segments[0]);
		return formatValue(schema, name, rec[name]);
	}
	const target = relationshipTarget(schema, segments[0]);
	let related;
	let relObject = target && target.object;
	if (rec[segments[0]] && typeof rec[segments[0]] === 'object') {
		related = rec[segments[0]];
	} else if (target) {
		const id = rec[target.field];
		if (id && relObject && state.salesforce.tables.has(relObject)) related = state.salesforce.tables.get(relObject).get(id);
		if (id && relObject === 'User' && !related && id === DEFAULT_USER) related = defaultUser();
	}
	if (!related) return null;
	if (!relObject) relObject = (related.attributes && related.attributes.type) || segments[0];
	return pathValue(ctx, relObject, related, segments.slice(1));
}

function defaultUser() {
	return { Id: DEFAULT_USER, Name: 'Mock Owner', FirstName: 'Mock', LastName: 'Owner', Email: 'owner@example.com', Username: 'owner@example.com', IsActive: true };
}

function renderSelected(ctx, object, rec, fields) {
	const out = { attributes: { type: object, url: recordUrl(ctx, object, rec.Id) } };
	for (const f of fields) {
		const segments = f.path;
		if (segments.length === 1) {
			out[f.name] = pathValue(ctx, object, rec, segments);
			continue;
		}
		// Nest relationship values as Salesforce does: Account: { attributes, Name }.
		let cursor = out;
		let curObject = object;
		let curRec = rec;
		for (let i = 0; i < segments.length - 1; i++) {
			const schema = schemaFor(ctx.state, curObject);
			const target = relationshipTarget(schema, segments[i]);
			const relName = target ? target.rel : segments[i];
			const relObject = (target && target.object) || relName;
			const related = curRec ? pathRelated(ctx, curObject, curRec, segments[i]) : null;
			if (!related) {
				if (!(relName in cursor)) cursor[relName] = null;
				cursor = null;
				break;
			}
			if (!cursor[relName]) cursor[relName] = { attributes: { type: relObject, url: recordUrl(ctx, relObject, related.Id) } };
			cursor = cursor[relName];
			curObject = relObject;
			curRec = related;
		}
		if (cursor) {
			const schema = schemaFor(ctx.state, curObject);
			const name = resolveField(schema, segments[segments.length - 1]) || segments[segments.length - 1];
			cursor[name] = formatValue(schema, name, curRec[name]);
		}
	}
	return out;
}

function pathRelated(ctx, object, rec, relName) {
	const schema = schemaFor(ctx.state, object);
	if (rec[relName] && typeof rec[relName] === 'object') return rec[relName];
	const target = relationshipTarget(schema, relName);
	if (!target) return null;
	const id = rec[target.field];
	if (!id) return null;
	if (target.object === 'User' && id === DEFAULT_USER && !(ctx.state.salesforce.tables.get('User') || { get: () => 0 }).get(id)) return defaultUser();
	const t = target.object && ctx.state.salesforce.tables.get(target.object);
	return (t && t.get(id)) || null;
}

function renderFull(ctx, object, rec, only) {
	const schema = schemaFor(ctx.state, object);
	const names = only ? only.map((f) => resolveField(schema, f)).filter(Boolean) : Object.keys(schema);
	const out = { attributes: { type: object, url: recordUrl(ctx, object, rec.Id) } };
	for (const n of names) out[n] = formatValue(schema, n, rec[n]);
	return out;
}

// ---------------------------------------------------------------------------------------------
// SOQL execution

function resolveSelect(state, object, field) {
	const schema = schemaFor(state, object);
	const segments = field.split('.');
	if (segments.length === 1) {
		const name = resolveField(schema, field);
		if (!name) throw new SoqlError(`No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`, 'INVALID_FIELD');
		return { name, path: [name], type: schema[name] };
	}
	const target = relationshipTarget(schema, segments[0]);
	if (!target) throw new SoqlError(`Didn't understand relationship '${segments[0]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`, 'INVALID_FIELD');
	let type = 'string';
	if (target.object && segments.length === 2) {
		const inner = resolveSelect(state, target.object, segments[1]);
		type = inner.type;
		return { name: field, path: [target.rel, inner.name], type };
	}
	return { name: field, path: [target.rel, ...segments.slice(1)], type };
}

function compileWhere(ctx, object, node) {
	if (!node) return () => true;
	if (node.type === 'and') {
		const parts = node.parts.map((p) => compileWhere(ctx, object, p));
		return (r) => parts.every((p) => p(r));
	}
	if (node.type === 'or') {
		const parts = node.parts.map((p) => compileWhere(ctx, object, p));
		return (r) => parts.some((p) => p(r));
	}
	if (node.type === 'not') {
		const inner = compileWhere(ctx, object, node.part);
		return (r) => !inner(r);
	}
	const field = resolveSelect(ctx.state, object, node.field);
	const literals = node.values || [node.value];
	for (const lit of literals) checkLiteral(field, lit);
	const conv = (v) => {
		if (v === null || v === undefined) return null;
		if (field.type === 'datetime') return typeof v === 'number' ? v : parseTime(v);
		if (STRINGY.has(field.type)) return String(v).toLowerCase();
		return v;
	};
	const litVals = literals.map((l) => (l.type === 'null' ? null : l.type === 'datetime' ? parseTime(l.value) : conv(l.value)));
	const get = (r) => {
		const raw = field.path.length === 1 ? r[field.name] : pathValue(ctx, object, r, field.path);
		return conv(raw === '' && STRINGY.has(field.type) ? null : raw);
	};
	const v = litVals[0];
	switch (node.op) {
		case '=': return (r) => get(r) === v;
		case '!=': return (r) => get(r) !== v;
		case '<': return (r) => { const x = get(r); return x !== null && v !== null && compareValues(x, v) < 0; };
		case '<=': return (r) => { const x = get(r); return x !== null && v !== null && compareValues(x, v) <= 0; };
		case '>': return (r) => { const x = get(r); return x !== null && v !== null && compareValues(x, v) > 0; };
		case '>=': return (r) => { const x = get(r); return x !== null && v !== null && compareValues(x, v) >= 0; };
		case 'IN': return (r) => litVals.includes(get(r));
		case 'NOT IN': return (r) => !litVals.includes(get(r));
		case 'LIKE':
		case 'NOT LIKE': {
			const re = new RegExp(`^${String(node.value.value).replace(/[.+?^${}()|[\]\\*]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 'is');
			const test = (r) => { const x = get(r); return x !== null && re.test(String(x)); };
			return node.op === 'LIKE' ? test : (r) => !test(r);
		}
		default: throw new SoqlError(`unsupported operator ${node.op}`);
	}
}

function checkLiteral(field, lit) {
	if (lit.type === 'null') return;
	const t = field.type;
	const fail = (expected, extra = '') => {
		throw new SoqlError(`value of filter criterion for field '${field.name}' must be of type ${expected}${extra}`, 'INVALID_FIELD');
	};
	if (t === 'datetime' && lit.type !== 'datetime') fail('dateTime', ' and should not be enclosed in quotes');
	if (t === 'date' && lit.type !== 'date') fail('date', ' and should not be enclosed in quotes');
	if (t === 'boolean' && lit.type !== 'boolean') fail('boolean', ' and should not be enclosed in quotes');
	if (NUMERIC.has(t) && lit.type !== 'number') fail(t === 'int' ? 'int' : 'double', ' and should not be enclosed in quotes');
	if ((STRINGY.has(t) || t === 'id' || t === 'reference') && lit.type !== 'string') fail('string', ' and should be enclosed in quotes');
}

function runQuery(ctx, q, all) {
	const { state } = ctx;
	const parsed = parse(q);
	const object = resolveObject(state, parsed.object);
	if (!object) throw new SoqlError(`sObject type '${parsed.object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`, 'INVALID_TYPE');
	const fields = parsed.fields === null ? null : parsed.fields.map((f) => resolveSelect(state, object, f));
	const where = compileWhere(ctx, object, parsed.where);
	const order = parsed.orderBy.map((o) => ({ ...o, field: resolveSelect(state, object, o.field) }));
	const t = state.salesforce.tables.get(object);
	let rows = t ? t.values().filter((r) => (all || !r.IsDeleted) && where(r)) : [];
	const keyOf = (r, f) => {
		const raw = f.path.length === 1 ? r[f.name] : pathValue(ctx, object, r, f.path);
		if (raw === null || raw === undefined || raw === '') return null;
		if (f.type === 'datetime') return typeof raw === 'number' ? raw : parseTime(raw);
		return STRINGY.has(f.type) ? String(raw).toLowerCase() : raw;
	};
	const decorated = rows.map((r) => ({ r, keys: order.map((o) => keyOf(r, o.field)) }));
	decorated.sort((a, b) => {
		for (let i = 0; i < order.length; i++) {
			const x = a.keys[i];
			const y = b.keys[i];
			if (x === null || y === null) {
				if (x === y) continue;
				// Salesforce: NULLS FIRST by default for ASC, NULLS LAST for DESC.
				const nullsLast = order[i].nullsLast ?? order[i].desc;
				return (x === null) === nullsLast ? 1 : -1;
			}
			const c = compareValues(x, y);
			if (c !== 0) return order[i].desc ? -c : c;
		}
		return compareValues(a.r.Id, b.r.Id);
	});
	rows = decorated.map((d) => d.r);
	rows = rows.slice(parsed.offset, parsed.limit === null ? undefined : parsed.offset + parsed.limit);
	if (fields === null) return { object, count: rows.length, rows: [], fields: [] };
	// A snapshot of record objects (writes replace them, never mutate): the cursor shows the data
	// as it was when the query ran, and only the pages asked for are rendered.
	return { object, count: rows.length, rows, fields };
}

function batchSize(ctx) {
	const header = ctx.headers['sforce-query-options'] || '';
	const m = /batchSize\s*=\s*(\d+)/i.exec(header);
	if (!m) return undefined;
	return Math.min(2000, Math.max(200, Number(m[1])));
}

function pageSize(ctx, batch) {
	if (ctx.fault && ctx.fault.type === 'shortPage') return Math.max(1, Math.min(batch, ctx.fault.size ?? Math.floor(batch / 2)));
	const short = ctx.state.config.salesforce.shortPages;
	if (typeof short === 'number' && short > 0) return Math.min(batch, short);
	if (short === true) {
		const lo = Math.ceil(batch / 4);
		return lo + Math.floor(ctx.rng() * (batch - lo));
	}
	return batch;
}

function queryPage(ctx, cursor, offset) {
	const batch = batchSize(ctx) || cursor.batch;
	const size = pageSize(ctx, batch);
	const records = cursor.rows.slice(offset, offset + size).map((r) => renderSelected(ctx, cursor.object, r, cursor.fields));
	const next = offset + records.length;
	const body = { totalSize: cursor.count, done: next >= cursor.rows.length, records };
	if (!body.done) body.nextRecordsUrl = `/services/data/v${ctx.sfVersion}/${cursor.all ? 'queryAll' : 'query'}/${cursor.locator}-${next}`;
	return { status: 200, body };
}

function query(ctx, all) {
	const { state } = ctx;
	const q = first(ctx.query.q);
	if (!q) return sfError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
	let result;
	try {
		result = runQuery(ctx, q, all);
	} catch (e) {
		if (e instanceof SoqlError) return sfError(400, e.errorCode, e.errorCode === 'MALFORMED_QUERY' ? `\n${q}\n^\nERROR at Row:1:Column:1\n${e.message}` : e.message);
		throw e;
	}
	state.salesforce.locatorCounter++;
	const locator = `01gMK${String(state.salesforce.locatorCounter).padStart(13, '0')}`;
	const cursor = { ...result, all, locator, batch: batchSize(ctx) || 2000 };
	state.salesforce.locators.set(locator, cursor);
	// Cursors hold materialised rows: keep only the most recent few (older ones → INVALID_QUERY_LOCATOR).
	const locators = state.salesforce.locators;
	while (locators.size > state.config.salesforce.maxOpenCursors) locators.delete(locators.keys().next().value);
	return queryPage(ctx, cursor, 0);
}

function queryMore(ctx, all, rest) {
	const m = /^(01g[A-Za-z0-9]+)-(\d+)$/.exec(rest);
	const cursor = m && ctx.state.salesforce.locators.get(m[1]);
	if (!cursor || cursor.all !== all) return sfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
	return queryPage(ctx, cursor, Number(m[2]));
}

// ---------------------------------------------------------------------------------------------
// Writes

function writeProblems(state, object, input) {
	const schema = schemaFor(state, object);
	const strict = state.config.salesforce.strictFields && (SCHEMA[object] !== undefined);
	const unknown = [];
	const readOnly = [];
	for (const key of Object.keys(input)) {
		if (key === 'attributes') continue;
		const name = resolveField(schema, key);
		if (!name) {
			if (strict && !/__c$/i.test(key)) unknown.push(key);
			continue;
		}
		if (READ_ONLY.has(name) || (name === 'Name' && COMPUTED_NAME.has(object))) readOnly.push(name);
	}
	return { unknown, readOnly };
}

function applyWrite(ctx, object, rec, input) {
	const fields = normaliseFields(ctx.state, object, input, ctx.now(), false);
	Object.assign(rec, fields);
	computeName(object, rec);
	const now = toSecond(ctx.now());
	rec.LastModifiedDate = now;
	rec.SystemModstamp = now;
	rec.LastModifiedById = DEFAULT_USER;
}

/** Writes are copy-on-write, so open query cursors keep the record objects they saw. */
function updateRecord(ctx, object, rec, changes) {
	const next = { ...rec };
	if (typeof changes === 'function') changes(next);
	else applyWrite(ctx, object, next, changes);
	table(ctx.state, object).put(next);
	return next;
}

function createRecord(ctx, object, input) {
	const t = table(ctx.state, object);
	const now = toSecond(ctx.now());
	const rec = { Id: allocate(ctx.state, object, t), IsDeleted: false, OwnerId: DEFAULT_USER, CreatedDate: now, CreatedById: DEFAULT_USER };
	if (object === 'Case') rec.CaseNumber = String(t.size + 1).padStart(8, '0');
	applyWrite(ctx, object, rec, input);
	rec.id = rec.Id;
	t.put(rec);
	return rec;
}

function findByField(state, object, field, value) {
	const t = state.salesforce.tables.get(object);
	if (!t) return [];
	if (field === 'Id') {
		const r = t.get(value);
		return r && !r.IsDeleted ? [r] : [];
	}
	const wanted = String(value).toLowerCase();
	return t.values().filter((r) => !r.IsDeleted && r[field] !== undefined && r[field] !== null && String(r[field]).toLowerCase() === wanted);
}

function itemError(statusCode, message, fields = []) {
	return { statusCode, message, fields };
}

/** sObject Collections: create (POST), update by Id (PATCH) and upsert by external id (PATCH with {Obj}/{Field}). */
function collections(ctx, objectName, extField) {
	const { state } = ctx;
	const body = ctx.json;
	if (!body || !Array.isArray(body.records)) return sfError(400, 'JSON_PARSER_ERROR', 'records is required');
	if (body.records.length > 200) return sfError(400, 'EXCEEDED_ID_LIMIT', 'record limit reached. cannot submit more than 200 records into this call');
	const allOrNone = body.allOrNone === true;
	const mode = ctx.method === 'POST' ? 'create' : extField ? 'upsert' : 'update';
	let object;
	let field;
	if (objectName) {
		object = resolveObject(state, objectName);
		if (!object) return sfError(404, 'NOT_FOUND', `The requested resource does not exist: sObject type '${objectName}'`);
		field = resolveField(schemaFor(state, object), extField) || extField;
	}
	// Unknown fields fail the whole call, as a JSON deserialisation error does in Salesforce.
	for (const rec of body.records) {
		const type = objectName ? object : resolveObject(state, rec && rec.attributes && rec.attributes.type);
		if (!type) return sfError(400, 'INVALID_TYPE', `Record type not specified or unknown: ${JSON.stringify(rec && rec.attributes)}`);
		const { unknown } = writeProblems(state, type, rec || {});
		if (unknown.length) return sfError(400, 'INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${type}`);
	}
	const failing = failingIndexes(ctx, body.records.length);
	const plan = body.records.map((input, i) => {
		const type = object || resolveObject(state, input.attributes.type);
		if (failing.has(i)) return { error: itemError('FIELD_CUSTOM_VALIDATION_EXCEPTION', `Injected failure for record ${i} (partialBatch fault)`) };
		if (object && input.attributes && input.attributes.type && resolveObject(state, input.attributes.type) !== object) {
			return { error: itemError('INVALID_TYPE', `Record ${i} is of type ${input.attributes.type}, not ${object}`) };
		}
		const { readOnly } = writeProblems(state, type, input);
		const readOnlyHere = readOnly.filter((n) => !(mode !== 'create' && n === 'Id') && !(mode === 'upsert' && n === field && n === 'Id'));
		if (readOnlyHere.length) {
			return { error: itemError('INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${readOnlyHere.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`, readOnlyHere) };
		}
		if (mode === 'create') return { type, create: true };
		if (mode === 'update') {
			if (!input.Id) return { error: itemError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']) };
			const found = findByField(state, type, 'Id', input.Id);
			if (!found.length) return { error: itemError('ENTITY_IS_DELETED', 'entity is deleted', []) };
			return { type, target: found[0] };
		}
		const value = input[Object.keys(input).find((k) => k.toLowerCase() === field.toLowerCase())];
		if (value === undefined || value === null || value === '') return { error: itemError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${field}]`, [field]) };
		const found = findByField(state, type, field, value);
		if (found.length > 1) return { error: itemError('DUPLICATE_EXTERNAL_ID', `${field}: more than one record found for external id field: [${found.map((r) => r.Id).join(', ')}]`, [field]) };
		return found.length ? { type, target: found[0] } : { type, create: true };
	});
	if (allOrNone && plan.some((p) => p.error)) {
		return {
			status: 200,
			body: plan.map((p) => ({
				id: null,
				success: false,
				errors: [p.error || itemError('ALL_OR_NONE_OPERATION_ROLLED_BACK', 'Record rolled back because not all records were valid and the request was using AllOrNone header')],
				...(mode === 'upsert' ? { created: false } : {}),
			})),
		};
	}
	const results = plan.map((p, i) => {
		if (p.error) return { success: false, errors: [p.error], ...(mode === 'upsert' ? { created: false } : {}) };
		const input = { ...body.records[i] };
		delete input.Id;
		if (p.create) {
			const rec = createRecord(ctx, p.type, input);
			return { id: rec.Id, success: true, errors: [], ...(mode === 'upsert' ? { created: true } : {}) };
		}
		updateRecord(ctx, p.type, p.target, input);
		return { id: p.target.Id, success: true, errors: [], ...(mode === 'upsert' ? { created: false } : {}) };
	});
	return { status: 200, body: results };
}

function failingIndexes(ctx, count) {
	if (!ctx.fault || ctx.fault.type !== 'partialBatch') return new Set();
	if (Array.isArray(ctx.fault.indexes)) return new Set(ctx.fault.indexes);
	return new Set(Array.from({ length: Math.min(ctx.fault.count ?? 1, count) }, (_, i) => i));
}

function sobjects(ctx, parts) {
	const { state, method } = ctx;
	if (parts.length === 0 && method === 'GET') {
		const names = [...new Set([...Object.keys(SCHEMA), ...state.salesforce.tables.keys()])];
		return { status: 200, body: { encoding: 'UTF-8', maxBatchSize: 200, sobjects: names.map((n) => ({ name: n, label: n, keyPrefix: keyPrefix(state, n), custom: /__c$/.test(n), queryable: true, createable: true, updateable: true })) } };
	}
	const object = resolveObject(state, parts[0]);
	if (!object) return sfError(404, 'NOT_FOUND', `The requested resource does not exist: sObject type '${parts[0]}'`);
	if (parts.length === 2 && parts[1] === 'describe' && method === 'GET') {
		const schema = schemaFor(state, object);
		return { status: 200, body: { name: object, label: object, keyPrefix: keyPrefix(state, object), custom: /__c$/.test(object), fields: Object.entries(schema).map(([name, type]) => ({ name, type, label: name, nillable: !READ_ONLY.has(name), updateable: !READ_ONLY.has(name), externalId: /__c$/.test(name) })) } };
	}
	if (parts.length === 1 && method === 'POST') {
		const input = ctx.json || {};
		const { unknown, readOnly } = writeProblems(state, object, input);
		if (unknown.length) return sfError(400, 'INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${object}`);
		if (readOnly.length) return sfError(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${readOnly.join(', ')}.`, readOnly);
		const rec = createRecord(ctx, object, input);
		return { status: 201, body: { id: rec.Id, success: true, errors: [] } };
	}
	const t = state.salesforce.tables.get(object);
	if (parts.length === 2) {
		const rec = t && t.get(parts[1]);
		if (!rec || rec.IsDeleted) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
		if (method === 'GET') {
			const only = ctx.query.fields ? String(first(ctx.query.fields)).split(',').map((s) => s.trim()) : null;
			return { status: 200, body: renderFull(ctx, object, rec, only) };
		}
		if (method === 'PATCH') {
			const input = ctx.json || {};
			const { unknown, readOnly } = writeProblems(state, object, input);
			if (unknown.length) return sfError(400, 'INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${object}`);
			if (readOnly.length) return sfError(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${readOnly.join(', ')}.`, readOnly);
			updateRecord(ctx, object, rec, input);
			return { status: 204 };
		}
		if (method === 'DELETE') {
			updateRecord(ctx, object, rec, (next) => {
				next.IsDeleted = true;
				next.SystemModstamp = toSecond(ctx.now());
			});
			return { status: 204 };
		}
	}
	if (parts.length === 3) {
		const field = resolveField(schemaFor(state, object), parts[1]);
		if (!field) return sfError(404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${parts[1]}`);
		const value = decodeURIComponent(parts[2]);
		const found = findByField(state, object, field, value);
		if (method === 'GET') {
			if (found.length === 0) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
			if (found.length > 1) return { status: 300, body: found.map((r) => recordUrl(ctx, object, r.Id)) };
			return { status: 200, body: renderFull(ctx, object, found[0]) };
		}
		if (method === 'PATCH') {
			const input = { ...(ctx.json || {}) };
			const { unknown, readOnly } = writeProblems(state, object, input);
			if (unknown.length) return sfError(400, 'INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${object}`);
			if (readOnly.length) return sfError(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${readOnly.join(', ')}.`, readOnly);
			if (found.length > 1) return { status: 300, body: found.map((r) => recordUrl(ctx, object, r.Id)) };
			if (found.length === 1) {
				updateRecord(ctx, object, found[0], input);
				return { status: 200, body: { id: found[0].Id, success: true, errors: [], created: false } };
			}
			if (String(first(ctx.query.updateOnly)) === 'true') return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
			if (field !== 'Id') input[field] = value;
			const rec = createRecord(ctx, object, input);
			return { status: 201, body: { id: rec.Id, success: true, errors: [], created: true } };
		}
	}
	return sfError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are GET, PATCH, DELETE, POST`);
}

// ---------------------------------------------------------------------------------------------
// OAuth

function clientCredentialsFrom(ctx) {
	const form = ctx.form || {};
	let id = form.client_id;
	let secret = form.client_secret;
	const auth = ctx.headers.authorization || '';
	if (auth.startsWith('Basic ')) {
		const [u, ...p] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
		id = id || decodeURIComponent(u);
		secret = secret || decodeURIComponent(p.join(':'));
	}
	return { id, secret };
}

function token(ctx) {
	const { state } = ctx;
	const cfg = state.config.salesforce;
	const form = ctx.form || {};
	const oauthError = (error, description) => ({ status: 400, body: { error, error_description: description } });
	const nowMs = Date.now();
	const sf = state.salesforce;
	sf.logins = sf.logins.filter((t) => t > nowMs - 3600000);
	if (sf.logins.length >= cfg.loginLimitPerHour) return oauthError('invalid_grant', 'login rate exceeded');
	const { id, secret } = clientCredentialsFrom(ctx);
	const grant = form.grant_type;
	if (grant === 'client_credentials') {
		if (id !== cfg.clientId) return oauthError('invalid_client_id', 'client identifier invalid');
		if (secret !== cfg.clientSecret) return oauthError('invalid_client', 'invalid client credentials');
	} else if (grant === 'refresh_token') {
		if (id !== cfg.clientId) return oauthError('invalid_client_id', 'client identifier invalid');
		if (secret !== undefined && secret !== cfg.clientSecret) return oauthError('invalid_client', 'invalid client credentials');
		if (form.refresh_token !== cfg.refreshToken) return oauthError('invalid_grant', 'expired access/refresh token');
	} else if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
		if (!form.assertion) return oauthError('invalid_grant', 'invalid assertion');
	} else {
		return oauthError('unsupported_grant_type', 'grant type not supported');
	}
	sf.logins.push(nowMs);
	sf.loginCount++;
	const n = sf.loginCount;
	const tail = crypto.createHmac('sha256', String(cfg.clientSecret)).update(String(n)).digest('hex').slice(0, 24);
	const accessToken = `00D000000000001!AR.mock.${n}.${tail}`;
	sf.tokens.set(accessToken, { calls: 0, expired: false, grant, issuedAt: nowMs });
	const issuedAt = String(nowMs);
	const idUrl = `${ctx.baseUrl}/id/00D000000000001AAA/${DEFAULT_USER}`;
	const signature = crypto.createHmac('sha256', String(cfg.clientSecret)).update(idUrl + issuedAt).digest('base64');
	return { status: 200, body: { access_token: accessToken, instance_url: ctx.baseUrl, id: idUrl, token_type: 'Bearer', issued_at: issuedAt, signature, scope: 'api' } };
}

// ---------------------------------------------------------------------------------------------
// Entry points

function matches(path) {
	return path.startsWith('/services/');
}

function bearer(ctx) {
	const auth = ctx.headers.authorization || '';
	const m = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(auth);
	return m ? m[1].trim() : undefined;
}

/** Invalidates the session the request used (the `tokenExpiry` fault) and answers 401. */
function expireSession(ctx) {
	const t = ctx.state.salesforce.tokens.get(bearer(ctx));
	if (t) t.expired = true;
	return withLimitInfo(ctx, unauthorized());
}

function withLimitInfo(ctx, response) {
	const cfg = ctx.state.config.salesforce;
	response.headers = { ...(response.headers || {}), 'Sforce-Limit-Info': `api-usage=${ctx.state.salesforce.apiUsage}/${cfg.dailyLimit}` };
	return response;
}

async function handle(ctx) {
	const { state, method, path } = ctx;
	if (path === '/services/oauth2/token') {
		if (method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'must use HTTP POST' } };
		return token(ctx);
	}
	if (path === '/services/oauth2/revoke' && method === 'POST') {
		const tok = (ctx.form && ctx.form.token) || first(ctx.query.token);
		const t = state.salesforce.tokens.get(tok);
		if (t) t.expired = true;
		return { status: 200, body: '' };
	}
	const m = /^\/services\/data(?:\/v(\d+\.\d))?(\/.*)?$/.exec(path);
	if (!m) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
	const tok = bearer(ctx);
	const session = tok && state.salesforce.tokens.get(tok);
	if (!session || session.expired) return withLimitInfo(ctx, unauthorized());
	const lifetime = state.config.salesforce.tokenLifetimeCalls;
	if (lifetime && session.calls >= lifetime) {
		session.expired = true;
		return withLimitInfo(ctx, unauthorized());
	}
	session.calls++;
	const cfg = state.config.salesforce;
	if (state.salesforce.apiUsage >= cfg.dailyLimit) return withLimitInfo(ctx, sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'));
	state.salesforce.apiUsage++;
	ctx.sfVersion = m[1] || '60.0';
	return withLimitInfo(ctx, route(ctx, m[1], m[2] || ''));
}

function route(ctx, version, rest) {
	const { method, state } = ctx;
	if (!version) {
		if (rest === '' || rest === '/') {
			return { status: 200, body: ['58.0', '59.0', '60.0', '61.0', '62.0'].map((v) => ({ label: `v${v}`, url: `/services/data/v${v}`, version: v })) };
		}
		return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
	}
	if (ctx.jsonError) return sfError(400, 'JSON_PARSER_ERROR', `Unexpected character: ${ctx.jsonError}`);
	const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
	if (parts.length === 0 && method === 'GET') {
		const base = `/services/data/v${version}`;
		return { status: 200, body: { sobjects: `${base}/sobjects`, query: `${base}/query`, queryAll: `${base}/queryAll`, limits: `${base}/limits`, composite: `${base}/composite` } };
	}
	const [head, ...tail] = parts;
	if (head === 'limits' && method === 'GET') {
		const max = state.config.salesforce.dailyLimit;
		return { status: 200, body: { DailyApiRequests: { Max: max, Remaining: Math.max(0, max - state.salesforce.apiUsage) } } };
	}
	if ((head === 'query' || head === 'queryAll') && method === 'GET') {
		if (tail.length === 0) return query(ctx, head === 'queryAll');
		if (tail.length === 1) return queryMore(ctx, head === 'queryAll', tail[0]);
	}
	if (head === 'sobjects') return sobjects(ctx, tail);
	if (head === 'composite' && tail[0] === 'sobjects') {
		if (method === 'POST' && tail.length === 1) return collections(ctx);
		if (method === 'PATCH' && tail.length === 1) return collections(ctx);
		if (method === 'PATCH' && tail.length === 3) return collections(ctx, tail[1], tail[2]);
	}
	return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
}

function dump(state, objectName) {
	const object = resolveObject(state, objectName);
	const t = object && state.salesforce.tables.get(object);
	if (!t) return [];
	const ctx = { state, sfVersion: '60.0' };
	return t.values().sort((a, b) => compareValues(a.Id, b.Id)).map((r) => renderFull(ctx, object, r));
}

function initState() {
	return { tables: new Map(), tokens: new Map(), logins: [], loginCount: 0, apiUsage: 0, locators: new Map(), locatorCounter: 0, customPrefixes: new Map(), schemaCache: new Map() };
}

module.exports = { name: 'salesforce', matches, handle, seed, dump, statusBody, unauthorized: expireSession, initState, makeId, DEFAULT_USER };

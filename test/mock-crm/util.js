'use strict';
/**
 * Small helpers shared by the mock's personalities: time formats, id order, a seeded PRNG,
 * opaque cursors and a sorted-table store whose sorts are cached until the data changes.
 */

/** Deterministic PRNG (mulberry32) so probability faults and jitter repeat with the same seed. */
function prng(seed) {
	let a = (Number(seed) || 0) >>> 0;
	return function next() {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 with milliseconds and Z (HubSpot, generic REST). */
function iso(ms) {
	return new Date(ms).toISOString();
}

/** Salesforce's `2024-01-01T00:00:00.000+0000`. */
function sfDate(ms) {
	return new Date(ms).toISOString().replace('Z', '+0000');
}

/** Pipedrive v1 `YYYY-MM-DD HH:MM:SS` (UTC). */
function pdV1Date(ms) {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Pipedrive v2 RFC 3339 without fraction: `2024-01-01T00:00:00Z`. */
function pdV2Date(ms) {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/**
 * Reads an instant from epoch ms (number or digit string), ISO 8601 (`Z`, `±hh:mm`, `±hhmm`),
 * or `YYYY-MM-DD HH:MM:SS` (UTC, Pipedrive v1). Returns NaN when it is none of them.
 */
function parseTime(value) {
	if (value === null || value === undefined || value === '') return NaN;
	if (typeof value === 'number') return value;
	if (value instanceof Date) return value.getTime();
	const text = String(value).trim();
	if (/^-?\d+$/.test(text)) return Number(text);
	let m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
	if (m) {
		let zone = m[3] || 'Z';
		if (/^[+-]\d{4}$/.test(zone)) zone = zone.slice(0, 3) + ':' + zone.slice(3);
		return Date.parse(`${m[1]}T${m[2]}${zone.toUpperCase()}`);
	}
	m = /^\d{4}-\d{2}-\d{2}$/.exec(text);
	if (m) return Date.parse(`${text}T00:00:00Z`);
	return NaN;
}

/** Whole seconds: Salesforce and Pipedrive keep timestamps to the second. */
const toSecond = (ms) => Math.floor(ms / 1000) * 1000;

const isDigits = (v) => typeof v === 'string' && /^\d+$/.test(v);

/** The id order of the connector contract: numeric when both are digit strings, else by code unit. */
function compareIds(a, b) {
	const x = String(a);
	const y = String(b);
	if (isDigits(x) && isDigits(y)) {
		if (x.length !== y.length) return x.length - y.length;
	}
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain comparison for sort keys (numbers, strings); null/undefined sort last. */
function compareValues(a, b) {
	const an = a === null || a === undefined;
	const bn = b === null || b === undefined;
	if (an || bn) return an && bn ? 0 : an ? 1 : -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

const encodeCursor = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
function decodeCursor(text) {
	try {
		const value = JSON.parse(Buffer.from(String(text), 'base64url').toString('utf8'));
		return value && typeof value === 'object' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** One object type's records in one personality: a Map by id plus cached sorted views. */
class Table {
	constructor(startId = 1) {
		this.byId = new Map();
		this.nextId = startId;
		this.version = 0;
		this.cache = new Map();
		/** Field/property names seen in seeded or written records (the "schema" beyond the standard one). */
		this.seen = new Set();
	}

	get size() {
		return this.byId.size;
	}

	get(id) {
		return this.byId.get(String(id));
	}

	put(record) {
		this.byId.set(String(record.id), record);
		const n = Number(record.id);
		if (Number.isSafeInteger(n) && n >= this.nextId) this.nextId = n + 1;
		this.touch();
	}

	delete(id) {
		this.byId.delete(String(id));
		this.touch();
	}

	touch() {
		this.version++;
		this.cache.clear();
	}

	allocateId() {
		while (this.byId.has(String(this.nextId))) this.nextId++;
		return this.nextId++;
	}

	values() {
		return [...this.byId.values()];
	}

	/** Memoises `compute()` under `key` until the table changes (sorting 100k records per page would be too slow). */
	memo(key, compute) {
		if (this.cache.has(key)) return this.cache.get(key);
		if (this.cache.size > 64) this.cache.clear();
		const value = compute();
		this.cache.set(key, value);
		return value;
	}
}

/**
 * Sorts `records` by the keys `keyOf(record)` returns (an array), decorate-sort-undecorate.
 * `specs[i]` = `{ desc?: boolean, ids?: boolean }`: descending, and/or compare as ids (numeric digit strings).
 */
function sortBy(records, keyOf, specs = []) {
	const decorated = records.map((record) => ({ record, key: keyOf(record) }));
	decorated.sort((a, b) => {
		for (let i = 0; i < a.key.length; i++) {
			const spec = specs[i] || {};
			const c = spec.ids ? compareIds(a.key[i], b.key[i]) : compareValues(a.key[i], b.key[i]);
			if (c !== 0) return spec.desc ? -c : c;
		}
		return 0;
	});
	return decorated.map((d) => d.record);
}

/** A token bucket (capacity `max`, refilled `max` per `windowMs`) in real time; `bucket` is its mutable state. */
function takeToken(bucketState, limit, nowMs) {
	const rate = limit.max / limit.windowMs;
	if (!bucketState.last) {
		bucketState.tokens = limit.max;
		bucketState.last = nowMs;
	}
	bucketState.tokens = Math.min(limit.max, bucketState.tokens + (nowMs - bucketState.last) * rate);
	bucketState.last = nowMs;
	if (bucketState.tokens >= 1) {
		bucketState.tokens -= 1;
		return { ok: true, remaining: Math.floor(bucketState.tokens) };
	}
	const waitMs = (1 - bucketState.tokens) / rate;
	return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)), remaining: 0 };
}

/** Reads `k=v` query params into an object; a repeated key becomes an array. */
function queryObject(searchParams) {
	const out = {};
	for (const [k, v] of searchParams) {
		if (k in out) out[k] = [].concat(out[k], v);
		else out[k] = v;
	}
	return out;
}

/** The first value of a query param (or undefined). */
const first = (v) => (Array.isArray(v) ? v[0] : v);

function deepMerge(target, patch) {
	for (const [k, v] of Object.entries(patch || {})) {
		if (v && typeof v === 'object' && !Array.isArray(v) && target[k] && typeof target[k] === 'object' && !Array.isArray(target[k])) {
			deepMerge(target[k], v);
		} else {
			target[k] = v;
		}
	}
	return target;
}

module.exports = {
	prng,
	pad,
	iso,
	sfDate,
	pdV1Date,
	pdV2Date,
	parseTime,
	toSecond,
	isDigits,
	compareIds,
	compareValues,
	encodeCursor,
	decodeCursor,
	Table,
	sortBy,
	queryObject,
	first,
	deepMerge,
	takeToken,
};

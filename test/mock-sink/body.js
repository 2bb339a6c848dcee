'use strict';
/**
 * Request bodies: JSON, NDJSON (one JSON value a line) and HTML forms, chosen by Content-Type.
 * A parse failure is a `BodyError` carrying the HTTP status and error code the sink answers with.
 */

class BodyError extends Error {
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** 'json' | 'ndjson' | 'form' | undefined (unsupported) for a Content-Type header. No header counts as JSON. */
function bodyKind(contentType) {
	const type = String(contentType ?? '').split(';')[0].trim().toLowerCase();
	if (type === '' || type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
	if (NDJSON_TYPES.has(type)) return 'ndjson';
	if (type === FORM_TYPE) return 'form';
	return undefined;
}

/** Reads the whole body; rejects with a 413 BodyError past `limit` bytes (the rest is drained). */
function readBody(req, limit) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) tooLarge = true;
			else chunks.push(chunk);
		});
		req.on('end', () => {
			if (tooLarge) reject(new BodyError(413, 'body_too_large', `the body exceeds ${limit} bytes`));
			else resolve(Buffer.concat(chunks));
		});
		req.on('error', reject);
	});
}

function parseJson(text, what) {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new BodyError(400, 'invalid_json', `${what} is not valid JSON: ${error.message}`);
	}
}

function parseNdjson(text) {
	const values = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].trim() === '') continue;
		values.push(parseJson(lines[i], `NDJSON line ${i + 1}`));
	}
	return values;
}

/** A form as an object of strings; a repeated name becomes an array. */
function parseForm(text) {
	const out = {};
	for (const [name, value] of new URLSearchParams(text)) {
		if (Object.prototype.hasOwnProperty.call(out, name)) out[name] = [].concat(out[name], value);
		else out[name] = value;
	}
	return out;
}

/** The single record of a one-record write (JSON object, form, or one NDJSON line). */
function parseRecord(raw, contentType) {
	const kind = bodyKind(contentType);
	const text = raw.toString('utf8');
	if (!kind) throw new BodyError(415, 'unsupported_media_type', `unsupported Content-Type ${contentType}: send JSON, NDJSON or a form`);
	if (text.trim() === '') throw new BodyError(400, 'empty_body', 'the request has no body');
	let value;
	if (kind === 'form') value = parseForm(text);
	else if (kind === 'ndjson') {
		const values = parseNdjson(text);
		if (values.length !== 1) throw new BodyError(400, 'expected_one_record', `one record per request here; the NDJSON body holds ${values.length}: use /batch`);
		value = values[0];
	} else value = parseJson(text, 'the body');
	if (!isRecord(value)) throw new BodyError(400, 'expected_object', 'the body must be one JSON object');
	return value;
}

/** The records of a batch: a JSON array, `{ records: [...] }`, or NDJSON. Forms are refused (415). */
function parseBatch(raw, contentType) {
	const kind = bodyKind(contentType);
	const text = raw.toString('utf8');
	if (!kind || kind === 'form') {
		throw new BodyError(415, 'unsupported_media_type', `unsupported Content-Type ${contentType} for a batch: send a JSON array, {"records":[...]} or NDJSON`);
	}
	if (kind === 'ndjson') return parseNdjson(text);
	if (text.trim() === '') throw new BodyError(400, 'empty_body', 'the request has no body');
	const value = parseJson(text, 'the body');
	if (Array.isArray(value)) return value;
	if (isRecord(value) && Array.isArray(value.records)) return value.records;
	throw new BodyError(400, 'expected_array', 'a batch body is a JSON array, {"records":[...]} or NDJSON');
}

/** A webhook body as it came: parsed JSON / NDJSON / form when it parses, else the text. */
function parseLoose(raw, contentType) {
	const text = raw.toString('utf8');
	try {
		const kind = bodyKind(contentType);
		if (kind === 'json') return text.trim() === '' ? null : JSON.parse(text);
		if (kind === 'ndjson') return parseNdjson(text);
		if (kind === 'form') return parseForm(text);
	} catch {
		// fall through: keep the text
	}
	return text;
}

function isRecord(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

module.exports = { BodyError, bodyKind, readBody, parseRecord, parseBatch, parseLoose, parseForm, isRecord };

'use strict';
/**
 * "Each record exactly once in effect", checked against a ledger (from `ledger()` in-process or
 * `GET /__sink/ledger` from another process).
 */
const { canonical } = require('./state');

/**
 * `expected`: the keys that must have arrived, or `{ key, record? }` objects; with `record`, the
 * last applied version of the key must hold those fields with those values (a subset match: the
 * node may add fields). Returns:
 * - `lost`: expected keys with no effect;
 * - `doubled`: keys created more than once or delivered more than once, and keyless inserts
 *   (`auto-N` keys) whose content equals another one's in the same collection (a retried
 *   non-idempotent POST);
 * - `stale`: expected keys whose last applied version differs from `record`;
 * - `unexpected`: keys with effects that were not expected;
 * - `ok`: all four empty.
 */
function auditLedger(ledger, expected) {
	const wanted = new Map();
	for (const item of expected) {
		if (item !== null && typeof item === 'object') wanted.set(String(item.key), item.record);
		else wanted.set(String(item), undefined);
	}
	const byKey = ledger.byKey;
	const lost = [];
	const stale = [];
	for (const [key, record] of wanted) {
		const entry = byKey[key];
		if (!entry || entry.created + entry.delivered === 0) {
			lost.push(key);
			continue;
		}
		if (record !== undefined) {
			const last = entry.last.record ?? {};
			const differs = Object.keys(record).some((field) => canonical(record[field]) !== canonical(last[field]));
			if (differs) stale.push(key);
		}
	}
	const doubled = new Set();
	for (const [key, entry] of Object.entries(byKey)) if (entry.created > 1 || entry.delivered > 1) doubled.add(key);
	const autoContent = new Map();
	for (const effect of ledger.effects) {
		if (effect.kind !== 'created' || !/^auto-\d+$/.test(effect.key)) continue;
		const text = `${effect.collection}\0${canonical(effect.record)}`;
		const first = autoContent.get(text);
		if (first === undefined) autoContent.set(text, effect.key);
		else {
			doubled.add(first);
			doubled.add(effect.key);
		}
	}
	const unexpected = Object.keys(byKey).filter((key) => !wanted.has(key));
	const result = { lost, doubled: [...doubled], stale, unexpected };
	return { ok: lost.length + doubled.size + stale.length + unexpected.length === 0, ...result };
}

module.exports = { auditLedger };

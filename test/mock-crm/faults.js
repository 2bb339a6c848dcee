'use strict';
/**
 * Fault rules (§6.4): `{ id?, match: { method?, path? (regex), personality?, query?: { name: regex },
 * nth?: n | n[], every?: n, probability?: p, times?: n }, fault: { type, ... } }`.
 * Every matching request advances the rule's counter (`seen`); the rule fires on the nth / every
 * nth / with probability p (seeded PRNG) / always, at most `times` times (`hits`).
 */

const TYPES = new Set([
	'status', 'delay', 'hang', 'reset', 'resetMidBody', 'malformedJson', 'emptyBody', 'wrongContentType', 'slowBody',
	'duplicatePage', 'shortPage', 'partialBatch', 'tokenExpiry',
]);

class FaultRules {
	constructor(rng) {
		this.rng = rng;
		this.rules = [];
		this.counter = 0;
	}

	add(input) {
		if (!input || typeof input !== 'object') throw new Error('a fault rule must be an object { match, fault }');
		const fault = typeof input.fault === 'string' ? { type: input.fault } : { ...(input.fault || {}) };
		if (!TYPES.has(fault.type)) throw new Error(`unknown fault type "${fault.type}"; known: ${[...TYPES].join(', ')}`);
		const match = { ...(input.match || {}) };
		const id = input.id !== undefined ? String(input.id) : `f${++this.counter}`;
		const rule = {
			id,
			match,
			fault,
			seen: 0,
			hits: 0,
			pathRe: match.path ? new RegExp(match.path) : null,
			queryRe: Object.entries(match.query || {}).map(([k, v]) => [k, new RegExp(v)]),
		};
		this.rules = this.rules.filter((r) => r.id !== id);
		this.rules.push(rule);
		return id;
	}

	remove(id) {
		const before = this.rules.length;
		this.rules = this.rules.filter((r) => r.id !== String(id));
		return this.rules.length < before;
	}

	clear() {
		this.rules = [];
	}

	list() {
		return this.rules.map(({ id, match, fault, seen, hits }) => ({ id, match, fault, seen, hits }));
	}

	/** The rules that fire for this request, in the order they were added. */
	fire(req) {
		const fired = [];
		for (const rule of this.rules) {
			const m = rule.match;
			if (m.method && ![].concat(m.method).some((x) => String(x).toUpperCase() === req.method)) continue;
			if (m.personality && m.personality !== req.personality) continue;
			if (rule.pathRe && !rule.pathRe.test(req.path)) continue;
			if (rule.queryRe.some(([k, re]) => req.query[k] === undefined || !re.test([].concat(req.query[k]).join(',')))) continue;
			rule.seen++;
			let fires = true;
			if (m.nth !== undefined) fires = [].concat(m.nth).map(Number).includes(rule.seen);
			else if (m.every !== undefined) fires = rule.seen % Number(m.every) === 0;
			else if (m.probability !== undefined) fires = this.rng() < Number(m.probability);
			if (fires && m.times !== undefined && rule.hits >= Number(m.times)) fires = false;
			if (fires) {
				rule.hits++;
				fired.push(rule);
			}
		}
		return fired;
	}
}

module.exports = { FaultRules, FAULT_TYPES: TYPES };

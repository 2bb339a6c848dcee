'use strict';
/**
 * Fault rules of the sink mock, in the CRM mock's shape (test/mock-crm/faults.js):
 *
 *   { id?, match: { method?, path?, nth?, every?, probability?, seed?, times? }, fault: { type, ... } | type }
 *
 * Every rule counts the requests that match its method and path (1-based `seen`). It fires on
 * the `nth` ones (a number or a list), else on every `every`th one, else with `probability`
 * (a draw of the seeded PRNG, so a run repeats with the same seed and request order), else
 * always; at most `times` times (`hits`). Several rules may fire on one request: the `delay`
 * ones add up, and the first other one (in the order added) is the fault applied.
 * partialBatch rules only see batch writes (other requests neither count nor fire them).
 */

/** The CRM mock's deterministic PRNG (mulberry32): both mocks repeat a run the same way. */
const { prng } = require('../mock-crm/util');

const FAULT_TYPES = new Set(['status', 'reset', 'applyThenReset', 'hang', 'applyThenHang', 'delay', 'slow', 'partialBatch']);

/** Types that only delay the request and combine with the fault applied. */
const DELAY_TYPES = new Set(['delay', 'slow']);

class RuleError extends Error {}

function positiveIntegers(value, name) {
	const list = Array.isArray(value) ? value : [value];
	for (const n of list) if (!Number.isInteger(n) || n < 1) throw new RuleError(`match.${name} must hold positive integers`);
	return list;
}

/** Checks a rule and returns the stored form (RegExp built, counters at zero). Throws RuleError. */
function normaliseRule(input, id, random) {
	if (!input || typeof input !== 'object') throw new RuleError('a fault rule is an object { match, fault }');
	const match = input.match ?? {};
	const fault = typeof input.fault === 'string' ? { type: input.fault } : input.fault;
	if (!fault || typeof fault !== 'object' || !FAULT_TYPES.has(fault.type)) {
		throw new RuleError(`fault.type must be one of ${[...FAULT_TYPES].join(', ')}`);
	}
	if (fault.type === 'status' && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
		throw new RuleError('a status fault needs fault.status (100-599)');
	}
	if (DELAY_TYPES.has(fault.type) && !(Number(fault.ms) >= 0)) throw new RuleError(`a ${fault.type} fault needs fault.ms`);
	const methods = match.method === undefined ? undefined : [].concat(match.method).map((m) => String(m).toUpperCase());
	let path;
	if (match.path !== undefined) {
		try {
			path = match.path instanceof RegExp ? match.path : new RegExp(String(match.path));
		} catch (error) {
			throw new RuleError(`match.path is not a regular expression: ${error.message}`);
		}
	}
	const nth = match.nth === undefined ? undefined : positiveIntegers(match.nth, 'nth');
	const every = match.every === undefined ? undefined : positiveIntegers(match.every, 'every')[0];
	const times = match.times === undefined ? undefined : Number(match.times);
	if (times !== undefined && !(Number.isInteger(times) && times >= 0)) throw new RuleError('match.times must be a whole number');
	const probability = match.probability === undefined ? undefined : Number(match.probability);
	if (probability !== undefined && !(probability >= 0 && probability <= 1)) throw new RuleError('match.probability must be in [0, 1]');
	return {
		id: String(input.id ?? id),
		match: { ...match, ...(path ? { path: path.source } : {}) },
		fault: { ...fault },
		methods,
		path,
		nth,
		every,
		times,
		probability,
		random: match.seed === undefined ? random : prng(match.seed),
		seen: 0,
		hits: 0,
	};
}

class Faults {
	constructor(seed = 1) {
		this.seed = seed;
		this.clear();
	}

	/** Removes every rule and re-seeds the shared PRNG. */
	clear() {
		this.rules = [];
		this.nextId = 1;
		this.random = prng(this.seed);
	}

	/** Adds a rule (or an array of rules); returns its id (or their ids). A rule with an existing id replaces it. */
	add(rule) {
		if (Array.isArray(rule)) return rule.map((r) => this.add(r));
		const stored = normaliseRule(rule, `f${this.nextId++}`, this.random);
		const at = this.rules.findIndex((r) => r.id === stored.id);
		if (at >= 0) this.rules[at] = stored;
		else this.rules.push(stored);
		return stored.id;
	}

	remove(id) {
		const before = this.rules.length;
		this.rules = this.rules.filter((r) => r.id !== String(id));
		return this.rules.length < before;
	}

	list() {
		return this.rules.map((r) => ({ id: r.id, match: { ...r.match }, fault: { ...r.fault }, seen: r.seen, hits: r.hits }));
	}

	/**
	 * The rules that fire for this request, in the order added. `batch` tells whether the request
	 * is a batch write: partialBatch rules only see those.
	 */
	fire({ method, path, batch }) {
		const fired = [];
		for (const rule of this.rules) {
			if (rule.fault.type === 'partialBatch' && !batch) continue;
			if (rule.methods && !rule.methods.includes(method)) continue;
			if (rule.path && !rule.path.test(path)) continue;
			rule.seen++;
			let fires = true;
			if (rule.nth) fires = rule.nth.includes(rule.seen);
			else if (rule.every) fires = rule.seen % rule.every === 0;
			else if (rule.probability !== undefined) fires = rule.random() < rule.probability;
			if (fires && rule.times !== undefined && rule.hits >= rule.times) fires = false;
			if (fires) {
				rule.hits++;
				fired.push(rule);
			}
		}
		return fired;
	}
}

module.exports = { Faults, RuleError, prng, FAULT_TYPES, DELAY_TYPES };

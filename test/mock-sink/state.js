'use strict';
/**
 * The sink's memory: the store (collection → key → record), the idempotency-key table, and the
 * ledger of effects.
 *
 * An EFFECT is a change of the store: a record version applied (`created`, `updated`) or a
 * webhook delivery accepted (`delivered`). Writing the content a key already holds is
 * `unchanged` and is no effect; a write whose idempotency key was already applied is answered
 * from the idempotency table (a replay) and is no effect either. So "each record exactly once in
 * effect" reads: per key one `created`, and `updated` only for changed content.
 */

/** JSON with object keys sorted (undefined members dropped): equal content, equal text. */
function canonical(value) {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	const keys = Object.keys(value)
		.filter((k) => value[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}

const clone = (value) => (value === undefined ? undefined : structuredClone(value));

class SinkState {
	constructor({ idempotencyConflict = 'error' } = {}) {
		this.idempotencyConflict = idempotencyConflict;
		this.reset();
	}

	reset() {
		/** collection → Map(key → { id, key, record, text }) */
		this.collections = new Map();
		/** `${collection}\0${idempotencyKey}` → { fingerprint, result } */
		this.recordKeys = new Map();
		/** `${scope}\0${idempotencyKey}` → { fingerprint, status, body } (whole batch / webhook answers) */
		this.requestKeys = new Map();
		this.effects = [];
		this.nextId = 1;
		this.nextAuto = 1;
		this.stats = { requests: 0, effects: 0, created: 0, updated: 0, unchanged: 0, delivered: 0, replayed: 0, failed: 0, rejected: 0, faults: 0 };
	}

	/** A key for a record that has none (no URL key, `_key`, `id`, `email` or idempotency key): a plain insert. */
	autoKey() {
		return `auto-${this.nextAuto++}`;
	}

	table(collection) {
		let table = this.collections.get(collection);
		if (!table) {
			table = new Map();
			this.collections.set(collection, table);
		}
		return table;
	}

	addEffect(effect) {
		const entry = { seq: this.effects.length + 1, at: Date.now(), ...effect };
		this.effects.push(entry);
		this.stats.effects++;
		this.stats[effect.kind]++;
		return entry;
	}

	/**
	 * Applies one record write. `merge` (PATCH) merges into the stored content; otherwise the
	 * content replaces it. Returns `{ key, id, status, record, replayed? }` or `{ key, error }`.
	 */
	write({ collection, key, idempotencyKey, record, merge, request }) {
		const fingerprint = `${key}\0${merge ? 'merge' : 'replace'}\0${canonical(record)}`;
		const slot = idempotencyKey === undefined ? undefined : `${collection}\0${idempotencyKey}`;
		if (slot !== undefined) {
			const saved = this.recordKeys.get(slot);
			if (saved) {
				if (saved.fingerprint === fingerprint || this.idempotencyConflict === 'replay') {
					this.stats.replayed++;
					return { ...clone(saved.result), replayed: true };
				}
				this.stats.failed++;
				return {
					key,
					error: {
						status: 422,
						code: 'idempotency_key_reused',
						message: 'this Idempotency-Key was already used with a different record or content',
					},
				};
			}
		}
		const table = this.table(collection);
		const existing = table.get(key);
		const content = merge && existing ? { ...existing.record, ...record } : record;
		const text = canonical(content);
		let status;
		let id;
		if (!existing) {
			id = `snk_${this.nextId++}`;
			table.set(key, { id, key, record: clone(content), text });
			status = 'created';
		} else if (existing.text === text) {
			id = existing.id;
			status = 'unchanged';
			this.stats.unchanged++;
		} else {
			id = existing.id;
			existing.record = clone(content);
			existing.text = text;
			status = 'updated';
		}
		if (status !== 'unchanged') {
			this.addEffect({ collection, key, idempotencyKey: idempotencyKey ?? null, kind: status, id, record: clone(content), request });
		}
		const result = { key, id, status, record: clone(content) };
		if (slot !== undefined) this.recordKeys.set(slot, { fingerprint, result: clone(result) });
		return result;
	}

	/** A whole answer saved under an idempotency key (batch header, webhook delivery). */
	savedAnswer(scope, idempotencyKey) {
		return this.requestKeys.get(`${scope}\0${idempotencyKey}`);
	}

	saveAnswer(scope, idempotencyKey, answer) {
		this.requestKeys.set(`${scope}\0${idempotencyKey}`, clone(answer));
	}

	/** Accepts one webhook delivery (the caller has checked for a replay). */
	deliver({ hook, key, idempotencyKey, body, verified, request }) {
		const id = `snk_${this.nextId++}`;
		this.addEffect({ collection: `hooks/${hook}`, key, idempotencyKey: idempotencyKey ?? null, kind: 'delivered', id, record: clone(body), verified, request });
		return id;
	}

	/** The stored records of one collection (or of all), in insertion order. */
	records(collection) {
		const out = [];
		for (const [name, table] of this.collections) {
			if (collection !== undefined && name !== collection) continue;
			for (const entry of table.values()) out.push({ collection: name, key: entry.key, id: entry.id, record: clone(entry.record) });
		}
		return out;
	}

	/**
	 * `{ effects, byKey, stats }`; with `collection`, only that collection's effects and keys
	 * (keys of different collections may be equal: filter when a test writes several). Stats are
	 * always the whole sink's.
	 */
	ledger({ collection } = {}) {
		const effects = collection === undefined ? this.effects : this.effects.filter((e) => e.collection === collection);
		const byKey = Object.create(null);
		for (const effect of effects) {
			const entry = (byKey[effect.key] ??= { count: 0, created: 0, updated: 0, delivered: 0, last: null });
			entry.count++;
			entry[effect.kind]++;
			entry.last = effect;
		}
		return clone({ effects, byKey, stats: this.stats });
	}
}

module.exports = { SinkState, canonical };

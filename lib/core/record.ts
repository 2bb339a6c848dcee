/** One record as the transform library sees it: a JSON-compatible object (an n8n item's `json`). */
export type Row = Record<string, unknown>;

/** Keys that, assigned with `obj[key] = value`, would reach an object's prototype instead of the object. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sets `row[key] = value` as an own data property, even for `__proto__`, `constructor` or
 * `prototype`, so a key read from a file can never change a prototype.
 *
 * @example
 * const row = {};
 * setField(row, '__proto__', 'x'); // row has an own "__proto__" key; Object.prototype untouched
 */
export function setField(row: Row, key: string, value: unknown): void {
	if (PROTOTYPE_KEYS.has(key)) {
		Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
	} else {
		row[key] = value;
	}
}

/** Whether `key` is one that plain assignment would route to a prototype. */
export function isPrototypeKey(key: string): boolean {
	return PROTOTYPE_KEYS.has(key);
}

/**
 * A function reading `key` from a row as an own property only: `row.toString` or
 * `row.__proto__` of a row without such a field is `undefined`, not something inherited.
 * Built once per field, so the common case stays a plain property read.
 *
 * @example
 * fieldReader('email')({ email: 'a@b.co' }); // 'a@b.co'
 * fieldReader('toString')({}); // undefined
 */
export function fieldReader(key: string): (row: Row) => unknown {
	if (!(key in Object.prototype)) return (row) => row[key];
	return (row) => (Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined);
}

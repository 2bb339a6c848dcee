/**
 * Whether `value` is a plain object (a `{}` literal, `JSON.parse` output or `Object.create(null)`),
 * the only kind of object the restructuring functions descend into. Dates, arrays, buffers and
 * class instances are values, not containers, so they are never taken apart.
 *
 * @example
 * isPlainObject({ a: 1 }); // true
 * isPlainObject(new Date()); // false
 * isPlainObject([1, 2]); // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

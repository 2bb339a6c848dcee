import { isPlainObject } from '../../restructure/isPlainObject';

/**
 * The primary entry of a Pipedrive contact list such as `emails` / `phones` (v2) or `email` /
 * `phone` (v1): `[{ value, primary, label }]`, the entry marked primary, else the first with a
 * value. A plain string is its own value; blank values (v1 lists an empty entry) count as none.
 *
 * @example
 * primaryValue([{ value: 'home@x.org', primary: false }, { value: 'work@x.org', primary: true }]); // 'work@x.org'
 * primaryValue([{ value: '', primary: true }]); // null
 */
export function primaryValue(list: unknown): string | null {
	const entries = Array.isArray(list) ? list : [list];
	const values = entries
		.map((entry) => ({ value: textOf(isPlainObject(entry) ? entry.value : entry), primary: isPlainObject(entry) && (entry.primary === true || entry.primary === 'true') }))
		.filter((entry): entry is { value: string; primary: boolean } => entry.value !== null);
	return (values.find((entry) => entry.primary) ?? values[0])?.value ?? null;
}

function textOf(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

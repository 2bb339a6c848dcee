import type { WebhookHeaders } from './types';

/**
 * A request header's value by name, in any letter case (HTTP header names are case-insensitive;
 * Node lowercases them, a hand-built object or a proxy may not), trimmed. A header sent more than
 * once is joined with `', '` as Node does, so a second signature cannot hide behind the first. A
 * header that is absent, empty or not text is `undefined`: the verifiers count it as missing.
 *
 * @example
 * headerValue({ 'x-hubspot-signature-v3': ' abc= ' }, 'X-HubSpot-Signature-v3'); // 'abc='
 * headerValue({ 'X-Token': ['a', 'b'] }, 'x-token'); // 'a, b'
 * headerValue({}, 'X-Token'); // undefined
 */
export function headerValue(headers: WebhookHeaders | null | undefined, name: string): string | undefined {
	if (headers === null || typeof headers !== 'object') return undefined;
	const wanted = name.toLowerCase();
	const key = Object.hasOwn(headers, name) ? name : Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
	if (key === undefined) return undefined;
	const raw: unknown = headers[key];
	let value: string | undefined;
	if (typeof raw === 'string') value = raw;
	else if (Array.isArray(raw) && raw.every((part) => typeof part === 'string')) value = raw.join(', ');
	const trimmed = value?.trim();
	return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

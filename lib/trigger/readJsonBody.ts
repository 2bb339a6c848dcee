import { describeValue } from '../convert/describeValue';
import { FormatError } from '../core/formatError';

/** Longest piece of a bad body quoted in an error; errors end up in logs and execution data. */
const EXCERPT = 80;

/**
 * Parses a webhook body (bytes as UTF-8, a leading byte-order mark ignored) as JSON. A body that
 * is empty or not JSON throws a `FormatError` that names `what` the body should be and shows its
 * start, so a misrouted or truncated delivery is recognisable in the execution log.
 *
 * @example
 * readJsonBody('[{"eventId":1}]', 'The HubSpot webhook body'); // [{ eventId: 1 }]
 * readJsonBody('<html>…', 'The HubSpot webhook body');
 * // throws FormatError: The HubSpot webhook body is not JSON (Unexpected token '<', …): "<html>…"
 */
export function readJsonBody(rawBody: string | Buffer | Uint8Array | null | undefined, what: string): unknown {
	let text: string;
	if (typeof rawBody === 'string') text = rawBody;
	else if (rawBody instanceof Uint8Array) text = Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
	else if (rawBody === null || rawBody === undefined) text = '';
	else throw new FormatError(`${what} must be the raw body text or bytes, got ${describeValue(rawBody)}`);
	text = text.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw new FormatError(`${what} is empty`);
	try {
		return JSON.parse(text);
	} catch (error) {
		const flat = text.replace(/\s+/g, ' ').trim();
		const excerpt = flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
		throw new FormatError(`${what} is not JSON (${error instanceof Error ? error.message : String(error)}): ${JSON.stringify(excerpt)}`);
	}
}

/**
 * The body bytes a signature covers: a Buffer or Uint8Array as it is (decoding it to text first
 * would replace invalid UTF-8 and change what is hashed), text as UTF-8 (what HubSpot and the
 * other senders specify), `null`/`undefined` as an empty body (a GET). Anything else, such as an
 * already parsed JSON object, is `undefined`: re-serialising it is the very bug that makes n8n's
 * HubSpot Trigger check a different text than the one signed, so the verifiers reject it.
 *
 * @example
 * rawBodyBytes('[{"eventId":1}]'); // <Buffer 5b 7b …>
 * rawBodyBytes(undefined); // <Buffer > (empty)
 * rawBodyBytes({ eventId: 1 }); // undefined
 */
export function rawBodyBytes(rawBody: unknown): Buffer | undefined {
	if (Buffer.isBuffer(rawBody)) return rawBody;
	if (rawBody instanceof Uint8Array) return Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
	if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
	if (rawBody === undefined || rawBody === null) return Buffer.alloc(0);
	return undefined;
}

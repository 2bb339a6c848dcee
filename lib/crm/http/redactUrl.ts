/**
 * Query parameters whose values are credentials. Pipedrive puts `api_token` in the query, the
 * generic REST credential may put an API key there; none of them may reach an error message.
 */
export const SECRET_QUERY_PARAMS: readonly string[] = [
	'api_token',
	'api_key',
	'apikey',
	'hapikey',
	'access_token',
	'refresh_token',
	'token',
	'client_secret',
	'password',
	'key',
	'secret',
	'signature',
	'sig',
];

const REDACTED = '***';

/**
 * Returns `url` with the values of secret query parameters (case-insensitive names) and any
 * password in the user-info part replaced by `***`, so the URL can go into messages and logs.
 * Text that is not a parseable URL is still redacted by pattern.
 *
 * @example
 * redactUrl('https://x.pipedrive.com/v1/persons?api_token=abc&start=0'); // 'https://x.pipedrive.com/v1/persons?api_token=***&start=0'
 * redactUrl('https://api.example.com/c?my_key=1', ['my_key']); // 'https://api.example.com/c?my_key=***'
 */
export function redactUrl(url: string, secretParams: readonly string[] = SECRET_QUERY_PARAMS): string {
	const secret = new Set(secretParams.map((name) => name.toLowerCase()));
	// Pattern-based rather than URL-based so that the original spelling of the rest of the URL
	// (encoding, parameter order) is kept and unparseable text is redacted too.
	const withoutUserInfo = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i, (_match, scheme: string, userInfo: string) => {
		const colon = userInfo.indexOf(':');
		return colon === -1 ? `${scheme}${userInfo}@` : `${scheme}${userInfo.slice(0, colon)}:${REDACTED}@`;
	});
	return withoutUserInfo.replace(/([?&;])([^=&#;]+)=([^&#;\s]*)/g, (match, separator: string, name: string) => {
		let decoded = name;
		try {
			decoded = decodeURIComponent(name.replace(/\+/g, ' '));
		} catch {
			// A malformed escape: compare the raw name.
		}
		return secret.has(decoded.toLowerCase()) ? `${separator}${name}=${REDACTED}` : match;
	});
}

import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/**
 * The fields of the usual ways to authenticate against an API: a bearer token, an API key in a
 * header or the query, basic auth, or none (and, with `oauth2`, OAuth2 client credentials), for
 * the credential types that offer them.
 */
export function apiKeyAuthProperties(oauth2 = false): INodeProperties[] {
	const options = [
		{ name: 'API Key in Header', value: 'header' },
		{ name: 'API Key in Query', value: 'query' },
		{ name: 'Basic Auth', value: 'basic' },
		{ name: 'Bearer Token', value: 'bearer' },
		{ name: 'None', value: 'none' },
	];
	if (oauth2) options.push({ name: 'OAuth2 Client Credentials', value: 'oauth2' });
	return [
		{ displayName: 'Authentication', name: 'authType', type: 'options', options, default: 'bearer' },
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['bearer', 'header', 'query'] } },
		},
		{ displayName: 'Header Name', name: 'headerName', type: 'string', default: 'X-API-Key', displayOptions: { show: { authType: ['header'] } } },
		{ displayName: 'Query Parameter', name: 'queryParam', type: 'string', default: 'api_key', displayOptions: { show: { authType: ['query'] } } },
		{ displayName: 'Username', name: 'username', type: 'string', default: '', displayOptions: { show: { authType: ['basic'] } } },
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
	];
}

/** Adds the authentication the credential's `authType` chose to a request (`oauth2` uses its fetched access token). */
export function applyApiKeyAuth(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	const token = String(credentials.token ?? '');
	switch (credentials.authType) {
		case 'bearer':
			requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${token}` };
			break;
		case 'oauth2':
			requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` };
			break;
		case 'header':
			requestOptions.headers = { ...requestOptions.headers, [String(credentials.headerName || 'X-API-Key')]: token };
			break;
		case 'query':
			requestOptions.qs = { ...requestOptions.qs, [String(credentials.queryParam || 'api_key')]: token };
			break;
		case 'basic':
			requestOptions.auth = { username: String(credentials.username ?? ''), password: String(credentials.password ?? '') };
			break;
	}
	return requestOptions;
}

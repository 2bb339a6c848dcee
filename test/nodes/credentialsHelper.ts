/**
 * Credentials for node tests, as n8n's CredentialsHelper provides them: the data of each
 * credential type, `authenticate` applied as n8n applies it (a credential's function, or its
 * generic headers/query with `{{$credentials.x}}` resolved), and `preAuthentication` run when the
 * credential's expirable field is empty or the session expired, keeping what it returns.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';
import { CrmHubSpotPrivateAppApi } from '../../credentials/CrmHubSpotPrivateAppApi.credentials';
import { CrmPipedriveApi } from '../../credentials/CrmPipedriveApi.credentials';
import { CrmRestApi } from '../../credentials/CrmRestApi.credentials';
import { CrmSalesforceOAuth2Api } from '../../credentials/CrmSalesforceOAuth2Api.credentials';
import { CrmThirdPartyApi } from '../../credentials/CrmThirdPartyApi.credentials';

const types: Record<string, ICredentialType> = Object.fromEntries(
	[new CrmHubSpotPrivateAppApi(), new CrmPipedriveApi(), new CrmRestApi(), new CrmSalesforceOAuth2Api(), new CrmThirdPartyApi()].map((type) => [type.name, type]),
);

/** `{{$credentials.name}}` replaced by the credential's value; a leading `=` marks an expression. */
function resolve(template: unknown, credentials: ICredentialDataDecryptedObject): string {
	const text = String(template);
	if (!text.startsWith('=')) return text;
	return text.slice(1).replace(/\{\{\s*\$credentials\??\.(\w+)\s*\}\}/g, (_, name: string) => String(credentials[name] ?? ''));
}

export class TestCredentialsHelper extends ICredentialsHelper {
	private readonly data = new Map<string, ICredentialDataDecryptedObject>();
	/** How often each type's preAuthentication ran (a login, for Salesforce). */
	readonly preAuthentications = new Map<string, number>();

	set(type: string, data: ICredentialDataDecryptedObject): void {
		this.data.set(type, { ...data });
		this.preAuthentications.set(type, 0);
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const type = types[typeName];
		const authenticate = type?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate?.type === 'generic') {
			const { headers, qs } = authenticate.properties as { headers?: Record<string, unknown>; qs?: Record<string, unknown> };
			if (headers) requestOptions.headers = { ...requestOptions.headers, ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, resolve(v, credentials)])) };
			if (qs) requestOptions.qs = { ...requestOptions.qs, ...Object.fromEntries(Object.entries(qs).map(([k, v]) => [k, resolve(v, credentials)])) };
		}
		return requestOptions;
	}

	async preAuthentication(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject, typeName: string, _node: unknown, expired: boolean) {
		const type = types[typeName];
		if (!type?.preAuthentication) return undefined;
		const expirable = type.properties.find((property) => property.typeOptions?.expirable);
		if (!expired && expirable && credentials[expirable.name]) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		this.preAuthentications.set(typeName, (this.preAuthentications.get(typeName) ?? 0) + 1);
		this.data.set(typeName, { ...this.data.get(typeName), ...output });
		return output;
	}

	async runPreAuthentication(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject, typeName: string) {
		return await this.preAuthentication(helpers, credentials, typeName, undefined, true);
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by the node tests');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string): Promise<ICredentialDataDecryptedObject> {
		const data = this.data.get(type);
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return types[type]?.properties ?? [];
	}
}

/** The one helper the node tests share; `runWorkflow` hands it to n8n-core. */
export const testCredentials = new TestCredentialsHelper();

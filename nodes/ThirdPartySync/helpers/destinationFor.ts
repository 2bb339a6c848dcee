import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { hubspotUpsert, restDestination, salesforceUpsert, signedWebhook, type SyncDestination } from '../../../lib/sync';

/** Each destination's credential type. */
export const CREDENTIAL_TYPES = {
	rest: 'crmThirdPartyApi',
	webhook: 'crmThirdPartyApi',
	hubspot: 'crmHubSpotPrivateAppApi',
	salesforce: 'crmSalesforceOAuth2Api',
} as const;

export type DestinationKind = keyof typeof CREDENTIAL_TYPES;

/** The base URL without a trailing slash, joined to a path. */
function joinUrl(base: unknown, path: string): string {
	const root = String(base ?? '').replace(/\/+$/, '');
	return path.startsWith('http://') || path.startsWith('https://') ? path : `${root}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The destination the node's parameters describe, with the credential's base URL and signing secret. */
export async function destinationFor(ctx: IExecuteFunctions, kind: DestinationKind): Promise<SyncDestination> {
	const credentials = (await ctx.getCredentials(CREDENTIAL_TYPES[kind])) as IDataObject;
	const p = (name: string, fallback = '') => String(ctx.getNodeParameter(name, 0, fallback) ?? fallback);
	switch (kind) {
		case 'rest': {
			const batch = p('sendMode', 'perRecord') === 'batch';
			return restDestination({
				method: p('method', 'POST') as 'POST' | 'PUT' | 'PATCH',
				urlTemplate: joinUrl(credentials.baseUrl, batch ? p('batchPath') : p('pathTemplate')),
				batchUrl: batch ? joinUrl(credentials.baseUrl, p('batchPath')) : undefined,
				mode: batch ? 'batch' : 'perRecord',
				bodyTemplate: p('bodyMode', 'item') === 'template' ? p('bodyTemplate') : undefined,
				format: p('format', 'json') as 'json' | 'ndjson' | 'form',
				batchField: p('batchField') || undefined,
				resultsPath: p('resultsPath') || undefined,
				responseIdPath: p('responseIdPath', 'id') || undefined,
			});
		}
		case 'webhook': {
			const secret = String(credentials.signingSecret ?? '');
			if (!secret) throw new NodeOperationError(ctx.getNode(), 'The credential has no signing secret to sign the webhook with');
			return signedWebhook({ url: joinUrl(credentials.baseUrl, p('webhookPath', '/hooks/crm')), secret, responseIdPath: p('responseIdPath', 'id') || undefined });
		}
		case 'hubspot':
			return hubspotUpsert({ baseUrl: String(credentials.baseUrl || 'https://api.hubapi.com'), objectType: p('hubspotObject', 'contacts'), idProperty: p('idProperty', 'email') });
		case 'salesforce':
			return salesforceUpsert({ objectType: p('salesforceObject', 'Contact'), externalIdField: p('externalIdField', 'External_Id__c') });
	}
}

import type { IDataObject, IHttpRequestOptions, INode, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as hubspot from '../../../lib/crm/hubspot';
import * as pipedrive from '../../../lib/crm/pipedrive';
import * as salesforce from '../../../lib/crm/salesforce';
import type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../../../lib/crm/connectorOptions';
import type { NormalisedRecord, RequestFn } from '../../../lib/crm/types';
import { requestFnFrom } from '../../shared/requestFn';

type Row = Record<string, unknown>;

/** The CRMs the triggers read records from (through the CRM Source credentials). */
export type TriggerCrm = 'hubspot' | 'salesforce' | 'pipedrive';

/** The contexts the connector runs in: a webhook call (Fetch Full Record) or a poll. */
export type TriggerContext = IWebhookFunctions | IPollFunctions;

/** What the triggers need of a CRM, whichever it is. */
export interface TriggerConnector {
	crm: TriggerCrm;
	objectType: string;
	listRecords(options: Pick<ListOptions, 'properties' | 'limit'>): Promise<Row[]>;
	getRecord(id: string, options: Pick<GetOptions, 'properties'>): Promise<Row>;
	readChangedSince(options: Pick<ChangedOptions, 'properties' | 'cursor' | 'onPage'>): Promise<ChangedResult>;
	normalise(record: Row): NormalisedRecord;
}

/** Settings of the CRM calls, from the node's options. */
export interface ConnectorSettings {
	maxRetries?: number;
	pageSize?: number;
	timeoutSeconds?: number;
}

export const CREDENTIAL_TYPES: Record<TriggerCrm, string> = {
	hubspot: 'crmHubSpotPrivateAppApi',
	salesforce: 'crmSalesforceOAuth2Api',
	pipedrive: 'crmPipedriveApi',
};

/** Each CRM's object for each resource; a missing one is not offered by that CRM. */
export const OBJECT_TYPES: Record<TriggerCrm, Record<string, string>> = {
	hubspot: { contact: 'contacts', company: 'companies', deal: 'deals', ticket: 'tickets' },
	salesforce: { contact: 'Contact', company: 'Account', deal: 'Opportunity', ticket: 'Case', campaign: 'Campaign' },
	pipedrive: { contact: 'persons', company: 'organizations', deal: 'deals' },
};

/**
 * The CRM's object types for the resources chosen in the node (`contact`, `company`, …) and the
 * custom objects named there, without repeats; a resource the CRM does not have is an error.
 */
export function objectTypesFor(node: INode, crm: TriggerCrm, resources: string[], customObjects: string[]): string[] {
	const types: string[] = [];
	for (const resource of resources) {
		const type = OBJECT_TYPES[crm][resource];
		if (!type) throw new NodeOperationError(node, `${crm} has no ${resource} object; name it under Custom Objects instead`);
		types.push(type);
	}
	return [...new Set([...types, ...customObjects])];
}

/** A RequestFn sending through the credential; for Salesforce a 401 is sent once more so n8n logs in again. */
function credentialRequest(ctx: TriggerContext, crm: TriggerCrm, timeoutMs: number): RequestFn {
	const type = CREDENTIAL_TYPES[crm];
	const send = requestFnFrom(async (options: IHttpRequestOptions) => await ctx.helpers.httpRequestWithAuthentication.call(ctx, type, { ...options, timeout: timeoutMs }));
	if (crm !== 'salesforce') return send;
	const resend = requestFnFrom(
		async (options: IHttpRequestOptions) =>
			// Without ignoreHttpStatusErrors n8n sees the 401, runs the credential's login once and retries.
			await ctx.helpers.httpRequestWithAuthentication.call(ctx, type, { ...options, ignoreHttpStatusErrors: false, timeout: timeoutMs }),
	);
	return async (request) => {
		const response = await send(request);
		return response.status === 401 ? await resend(request) : response;
	};
}

/**
 * The connector of one CRM object type, calling the CRM through its CRM Source credential (the
 * same connectors and cursor as CRM Source's Get Changed Since).
 */
export async function triggerConnector(ctx: TriggerContext, crm: TriggerCrm, objectType: string, settings: ConnectorSettings = {}): Promise<TriggerConnector> {
	const request = credentialRequest(ctx, crm, (settings.timeoutSeconds || 60) * 1000);
	const common = { request, retry: { maxRetries: settings.maxRetries ?? 5 }, pageSize: settings.pageSize || undefined };
	const credentials = (await ctx.getCredentials(CREDENTIAL_TYPES[crm])) as IDataObject;
	switch (crm) {
		case 'hubspot': {
			const config = { baseUrl: String(credentials.baseUrl || 'https://api.hubapi.com'), objectType };
			return {
				crm,
				objectType,
				listRecords: async (o) => await hubspot.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await hubspot.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await hubspot.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => hubspot.normalise(record, objectType),
			};
		}
		case 'pipedrive': {
			const config = { baseUrl: String(credentials.baseUrl || 'https://api.pipedrive.com'), objectType };
			return {
				crm,
				objectType,
				listRecords: async (o) => await pipedrive.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await pipedrive.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await pipedrive.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => pipedrive.normalise(record, objectType),
			};
		}
		default: {
			const config = { objectType };
			return {
				crm,
				objectType,
				listRecords: async (o) => await salesforce.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await salesforce.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await salesforce.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => salesforce.normalise(record, objectType),
			};
		}
	}
}

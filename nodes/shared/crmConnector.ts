import type { IAllExecuteFunctions, ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../../lib/crm/connectorOptions';
import * as hubspot from '../../lib/crm/hubspot';
import * as pipedrive from '../../lib/crm/pipedrive';
import * as rest from '../../lib/crm/rest';
import type { RestConfig } from '../../lib/crm/rest/types';
import * as salesforce from '../../lib/crm/salesforce';
import type { NormalisedRecord, RequestFn } from '../../lib/crm/types';
import { credentialRequest } from './credentialRequest';

type Row = Record<string, unknown>;

export type Crm = 'hubspot' | 'salesforce' | 'pipedrive' | 'rest';

/** What the nodes need of a CRM, whichever it is: the CRM Source operations and the triggers. */
export interface Connector {
	crm: Crm;
	objectType: string;
	request: RequestFn;
	listRecords(options: Pick<ListOptions, 'properties' | 'limit' | 'filters'>): Promise<Row[]>;
	getRecord(id: string, options: Pick<GetOptions, 'properties'>): Promise<Row>;
	readChangedSince(options: Pick<ChangedOptions, 'properties' | 'cursor' | 'onPage'>): Promise<ChangedResult>;
	normalise(record: Row): NormalisedRecord;
}

/** Each CRM's credential type. */
export const CRM_CREDENTIAL_TYPES: Record<Crm, string> = {
	hubspot: 'crmHubSpotPrivateAppApi',
	salesforce: 'crmSalesforceOAuth2Api',
	pipedrive: 'crmPipedriveApi',
	rest: 'crmRestApi',
};

/** Each CRM's object for each resource; a missing one is not offered by that CRM (name it as a custom object). */
export const CRM_OBJECT_TYPES: Record<Exclude<Crm, 'rest'>, Record<string, string>> = {
	hubspot: { contact: 'contacts', company: 'companies', deal: 'deals', ticket: 'tickets' },
	salesforce: { contact: 'Contact', company: 'Account', deal: 'Opportunity', ticket: 'Case', campaign: 'Campaign' },
	pipedrive: { contact: 'persons', company: 'organizations', deal: 'deals' },
};

/** Settings of the CRM calls, from a node's options. */
export interface ConnectorSettings {
	maxRetries?: number;
	pageSize?: number;
	timeoutSeconds?: number;
}

/** What a node context must offer: n8n's authenticated requests and its credentials (execute, webhook and poll contexts all do). */
export interface CrmContext {
	helpers: IAllExecuteFunctions['helpers'];
	getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject>;
}

/**
 * The connector of one CRM object type, calling the CRM through its credential, for every node
 * that reads a CRM (CRM Source, the triggers). `restConfig` describes a REST CRM's pages and fields.
 */
export async function crmConnector(
	ctx: CrmContext,
	crm: Crm,
	objectType: string,
	settings: ConnectorSettings = {},
	restConfig?: Omit<RestConfig, 'baseUrl' | 'path'>,
	itemIndex?: number,
): Promise<Connector> {
	const request = credentialRequest(ctx as IAllExecuteFunctions, CRM_CREDENTIAL_TYPES[crm], (settings.timeoutSeconds || 60) * 1000, crm === 'salesforce');
	const common = { request, retry: { maxRetries: settings.maxRetries ?? 5 }, pageSize: settings.pageSize || undefined };
	const credentials = await ctx.getCredentials(CRM_CREDENTIAL_TYPES[crm], itemIndex);
	switch (crm) {
		case 'hubspot': {
			const config = { baseUrl: String(credentials.baseUrl || 'https://api.hubapi.com'), objectType };
			return {
				crm,
				objectType,
				request,
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
				request,
				listRecords: async (o) => await pipedrive.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await pipedrive.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await pipedrive.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => pipedrive.normalise(record, objectType),
			};
		}
		case 'salesforce': {
			const config = { objectType };
			return {
				crm,
				objectType,
				request,
				listRecords: async (o) => await salesforce.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await salesforce.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await salesforce.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => salesforce.normalise(record, objectType),
			};
		}
		default: {
			if (!restConfig) throw new Error('A REST CRM needs its page and field settings');
			const config: RestConfig = { ...restConfig, baseUrl: String(credentials.baseUrl ?? ''), path: objectType };
			return {
				crm,
				objectType,
				request,
				listRecords: async (o) => await rest.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await rest.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await rest.readChangedSince(config, { ...common, ...o }),
				normalise: (record) => rest.normalise(record, objectType, { id: config.idField, updatedAt: config.updatedAtField }),
			};
		}
	}
}

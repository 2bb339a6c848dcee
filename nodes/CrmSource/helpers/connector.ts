import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as hubspot from '../../../lib/crm/hubspot';
import * as pipedrive from '../../../lib/crm/pipedrive';
import * as rest from '../../../lib/crm/rest';
import * as salesforce from '../../../lib/crm/salesforce';
import type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../../../lib/crm/connectorOptions';
import type { RestConfig } from '../../../lib/crm/rest/types';
import type { NormalisedRecord, RequestFn } from '../../../lib/crm/types';
import { credentialRequest } from '../../shared/credentialRequest';

type Row = Record<string, unknown>;

/** What the operations need of a CRM, whichever it is. */
export interface Connector {
	crm: 'hubspot' | 'salesforce' | 'pipedrive' | 'rest';
	objectType: string;
	request: RequestFn;
	listRecords(options: Pick<ListOptions, 'properties' | 'limit' | 'filters'>): Promise<Row[]>;
	getRecord(id: string, options: Pick<GetOptions, 'properties'>): Promise<Row>;
	readChangedSince(options: Pick<ChangedOptions, 'properties' | 'cursor' | 'onPage'>): Promise<ChangedResult>;
	normalise(record: Row): NormalisedRecord;
}

export const CREDENTIAL_TYPES = {
	hubspot: 'crmHubSpotPrivateAppApi',
	salesforce: 'crmSalesforceOAuth2Api',
	pipedrive: 'crmPipedriveApi',
	rest: 'crmRestApi',
} as const;

/** Each CRM's object for each resource; missing ones are not offered by that CRM. */
const OBJECT_TYPES: Record<string, Record<string, string>> = {
	hubspot: { contact: 'contacts', company: 'companies', deal: 'deals', ticket: 'tickets' },
	salesforce: { contact: 'Contact', company: 'Account', deal: 'Opportunity', ticket: 'Case', campaign: 'Campaign' },
	pipedrive: { contact: 'persons', company: 'organizations', deal: 'deals' },
};

/** The connector of the node's CRM and resource for item `itemIndex`. */
export async function connectorFor(ctx: IExecuteFunctions, itemIndex: number): Promise<Connector> {
	const crm = ctx.getNodeParameter('crm', itemIndex) as Connector['crm'];
	const resource = ctx.getNodeParameter('resource', itemIndex, 'contact') as string;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const timeoutMs = ((options.timeoutSeconds as number) || 60) * 1000;
	const request = credentialRequest(ctx, CREDENTIAL_TYPES[crm], timeoutMs, crm === 'salesforce');
	const retry = { maxRetries: (options.maxRetries as number | undefined) ?? 5 };
	const pageSize = (options.pageSize as number) || undefined;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPES[crm], itemIndex);

	let objectType: string;
	if (crm === 'rest') objectType = ctx.getNodeParameter('restPath', itemIndex) as string;
	else if (resource === 'custom') objectType = (ctx.getNodeParameter('customObject', itemIndex) as string).trim();
	else objectType = OBJECT_TYPES[crm][resource];
	if (!objectType) {
		throw new NodeOperationError(ctx.getNode(), `${crm} has no ${resource} object here; use Custom Object with the object's name`, { itemIndex });
	}

	const common = { request, retry, pageSize };
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
			const config = restConfig(ctx, itemIndex, String(credentials.baseUrl ?? ''), objectType);
			return {
				crm,
				objectType,
				request,
				listRecords: async (o) => await rest.listRecords(config, { ...common, ...o }),
				getRecord: async (id, o) => await rest.getRecord(config, id, { ...common, ...o }),
				readChangedSince: async (o) => await rest.readChangedSince(config, { ...common, ...o }),
				normalise: (record) =>
					rest.normalise(record, objectType, { id: config.idField, updatedAt: config.updatedAtField }),
			};
		}
	}
}

function restConfig(ctx: IExecuteFunctions, i: number, baseUrl: string, path: string): RestConfig {
	const p = (name: string, fallback = '') => (ctx.getNodeParameter(name, i, fallback) as string) || fallback;
	const style = p('paginationStyle', 'cursor');
	const pagination: RestConfig['pagination'] =
		style === 'cursor'
			? { style, cursorPath: p('cursorPath', 'next_cursor'), cursorParam: p('cursorParam', 'cursor') }
			: style === 'nextUrl'
				? { style, nextUrlPath: p('nextUrlPath', 'next') }
				: style === 'offset'
					? { style, offsetParam: p('offsetParam', 'offset'), limitParam: p('limitParam', 'limit'), pageSize: 100 }
					: style === 'page'
						? { style, pageParam: p('pageParam', 'page'), sizeParam: p('sizeParam', 'per_page'), pageSize: 100 }
						: style === 'linkHeader'
							? { style }
							: { style: 'none' };
	return {
		baseUrl,
		path,
		recordsPath: p('recordsPath'),
		pagination,
		idField: p('idField', 'id'),
		updatedAtField: p('updatedAtField', 'updated_at'),
		updatedSinceParam: p('updatedSinceParam') || undefined,
	};
}

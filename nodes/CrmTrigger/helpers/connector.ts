import type { INode, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { CRM_CREDENTIAL_TYPES, CRM_OBJECT_TYPES, crmConnector, type Connector, type ConnectorSettings } from '../../shared/crmConnector';

export type { ConnectorSettings };

/** The CRMs the triggers read records from (through the CRM Source credentials). */
export type TriggerCrm = 'hubspot' | 'salesforce' | 'pipedrive';

/** The contexts the connector runs in: a webhook call (Fetch Full Record) or a poll. */
export type TriggerContext = IWebhookFunctions | IPollFunctions;

/** What the triggers need of a CRM: the connector CRM Source uses. */
export type TriggerConnector = Connector;
/** Each CRM's credential type (the CRM Source credentials). */
export const CREDENTIAL_TYPES: Record<TriggerCrm, string> = CRM_CREDENTIAL_TYPES;

/** Each CRM's object for each resource; a missing one is not offered by that CRM. */
export const OBJECT_TYPES: Record<TriggerCrm, Record<string, string>> = CRM_OBJECT_TYPES;

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

/**
 * The connector of one CRM object type, calling the CRM through its CRM Source credential (the
 * same connectors and cursor as CRM Source's Get Changed Since).
 */
export async function triggerConnector(ctx: TriggerContext, crm: TriggerCrm, objectType: string, settings: ConnectorSettings = {}): Promise<TriggerConnector> {
	return await crmConnector(ctx, crm, objectType, settings);
}

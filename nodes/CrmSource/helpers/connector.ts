import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { RestConfig } from '../../../lib/crm/rest/types';
import { CRM_OBJECT_TYPES, crmConnector, type Connector, type Crm } from '../../shared/crmConnector';

export type { Connector };

/** The connector of the node's CRM and resource for item `itemIndex`. */
export async function connectorFor(ctx: IExecuteFunctions, itemIndex: number): Promise<Connector> {
	const crm = ctx.getNodeParameter('crm', itemIndex) as Crm;
	const resource = ctx.getNodeParameter('resource', itemIndex, 'contact') as string;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	let objectType: string | undefined;
	if (crm === 'rest') objectType = ctx.getNodeParameter('restPath', itemIndex) as string;
	else if (resource === 'custom') objectType = (ctx.getNodeParameter('customObject', itemIndex) as string).trim();
	else objectType = CRM_OBJECT_TYPES[crm][resource];
	if (!objectType) {
		throw new NodeOperationError(ctx.getNode(), `${crm} has no ${resource} object here; use Custom Object with the object's name`, { itemIndex });
	}
	const settings = {
		maxRetries: options.maxRetries as number | undefined,
		pageSize: (options.pageSize as number) || undefined,
		timeoutSeconds: (options.timeoutSeconds as number) || undefined,
	};
	return await crmConnector(ctx, crm, objectType, settings, crm === 'rest' ? restSettings(ctx, itemIndex) : undefined, itemIndex);
}

/** A REST CRM's page and field settings from the node's parameters. */
function restSettings(ctx: IExecuteFunctions, i: number): Omit<RestConfig, 'baseUrl' | 'path'> {
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
		recordsPath: p('recordsPath'),
		pagination,
		idField: p('idField', 'id'),
		updatedAtField: p('updatedAtField', 'updated_at'),
		updatedSinceParam: p('updatedSinceParam') || undefined,
	};
}

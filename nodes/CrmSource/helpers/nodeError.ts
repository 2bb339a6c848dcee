import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * The n8n error for a failure of item `itemIndex`: a CRM answer (CrmApiError, with its status)
 * becomes a NodeApiError naming the call and reason, anything else a NodeOperationError. Messages
 * come from the library, which never puts secrets in them.
 */
export function crmNodeError(ctx: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const crmError = error as Error & { status?: number; code?: string };
	if (error.name === 'CrmApiError') {
		return new NodeApiError(ctx.getNode(), { message: error.message, code: crmError.code } as JsonObject, {
			itemIndex,
			message: error.message,
			httpCode: crmError.status ? String(crmError.status) : undefined,
			description: crmError.code === 'REQUEST_LIMIT_EXCEEDED' ? 'The CRM\'s daily API limit is used up; try again after it resets.' : undefined,
		});
	}
	return new NodeOperationError(ctx.getNode(), error.message, { itemIndex });
}

import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * The n8n error for a failed CRM call of a trigger: a CRM answer (CrmApiError, with its status)
 * becomes a NodeApiError naming the call and reason, anything else a NodeOperationError. Messages
 * come from the library, which never puts secrets in them.
 */
export function triggerNodeError(node: INode, error: Error): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const crmError = error as Error & { status?: number; code?: string };
	if (error.name === 'CrmApiError') {
		return new NodeApiError(node, { message: error.message, code: crmError.code } as JsonObject, {
			message: error.message,
			httpCode: crmError.status ? String(crmError.status) : undefined,
			description: crmError.code === 'REQUEST_LIMIT_EXCEEDED' ? 'The CRM\'s daily API limit is used up; try again after it resets.' : undefined,
		});
	}
	return new NodeOperationError(node, error.message);
}

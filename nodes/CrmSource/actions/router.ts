import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as get from './get.operation';
import * as getChangedSince from './getChangedSince.operation';
import * as getMany from './getMany.operation';

type Execute = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

const operations: Record<string, { execute: Execute }> = { get, getMany, getChangedSince };

/** Sends the node's input to the operation the user chose. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = operations[operation];
	if (!handler) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await handler.execute.call(this, this.getInputData())];
}

import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as deduplicate from './deduplicate.operation';
import * as fillMissing from './fillMissing.operation';
import * as normaliseText from './normaliseText.operation';
import * as outliers from './outliers.operation';
import * as smooth from './smooth.operation';
import * as validate from './validate.operation';

type Execute = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[][]>;

const operations: Record<string, { execute: Execute }> = { deduplicate, fillMissing, normaliseText, outliers, smooth, validate };

/** Sends all input items to the operation the user chose; it returns one list per output. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = operations[operation];
	if (!handler) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return await handler.execute.call(this, this.getInputData());
}

import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as fieldTypes from './fieldTypes/FieldTypes.resource';
import * as fileToItems from './fileToItems/FileToItems.resource';
import * as itemsToFile from './itemsToFile/ItemsToFile.resource';
import * as structure from './structure/Structure.resource';
import * as textField from './textField/TextField.resource';

type Execute = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

const resources: Record<string, Record<string, { execute: Execute } | unknown>> = {
	fieldTypes,
	fileToItems,
	itemsToFile,
	structure,
	textField,
};

/** Sends the node's input to the operation the user chose. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = resources[resource]?.[operation] as { execute?: Execute } | undefined;
	if (!handler?.execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return [await handler.execute.call(this, items)];
}

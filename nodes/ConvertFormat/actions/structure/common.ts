import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { toNodeError } from '../../helpers/forEachItem';

export const separatorParameter: INodeProperties = {
	displayName: 'Separator',
	name: 'separator',
	type: 'string',
	default: '.',
	description: 'Text between the parts of a nested field name, e.g. address.city',
};

/** Runs an operation that makes one item out of all input items, paired with all of them. */
export async function allItemsToOne(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	work: () => IDataObject,
): Promise<INodeExecutionData[]> {
	const pairedItem = items.map((_, item) => ({ item }));
	try {
		return [{ json: work(), pairedItem }];
	} catch (error) {
		if (ctx.continueOnFail()) return [{ json: { error: (error as Error).message }, pairedItem }];
		throw toNodeError(ctx, error as Error, 0);
	}
}

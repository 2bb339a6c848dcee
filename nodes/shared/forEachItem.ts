import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Runs `work` for every input item and wires the result the n8n way: each output item is paired
 * with the input item it came from; a failure names the item and either stops the node or, with
 * "Continue On Fail", becomes an error item so nothing already processed is lost.
 */
export async function forEachItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	work: (itemIndex: number, item: INodeExecutionData) => Promise<IDataObject[]>,
): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const result = await work(i, items[i]);
			for (const json of result) out.push({ json, pairedItem: { item: i } });
		} catch (error) {
			if (ctx.continueOnFail()) {
				out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
				continue;
			}
			throw toNodeError(ctx, error as Error, i);
		}
	}
	return out;
}

/**
 * Runs an operation that makes one item out of all input items (a file, a list, a dictionary),
 * paired with every input item; a failure stops the node or, with "Continue On Fail", becomes
 * one error item.
 */
export async function allItemsToOne(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	work: () => Promise<Pick<INodeExecutionData, 'json' | 'binary'>>,
): Promise<INodeExecutionData[]> {
	const pairedItem = items.map((_, item) => ({ item }));
	try {
		return [{ ...(await work()), pairedItem }];
	} catch (error) {
		if (ctx.continueOnFail()) return [{ json: { error: (error as Error).message }, pairedItem }];
		throw toNodeError(ctx, error as Error, 0);
	}
}

/** Wraps any error in a NodeOperationError that names the item, unless it already is an n8n error. */
export function toNodeError(ctx: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeOperationError) return error;
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${error.message}`, {
		itemIndex,
		description: error.name === 'FormatError' ? 'The input could not be read as the chosen format.' : undefined,
	});
}

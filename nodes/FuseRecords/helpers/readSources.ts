import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { Row } from '../../../lib/core/record';
import { fieldReader } from '../../../lib/core/record';
import { splitList } from '../../shared/splitList';

/** One source's records and, per record, the input and item it came from (for pairedItem). */
export interface SourceRecords {
	source: string;
	records: Row[];
	origin: Array<{ input: number; item: number }>;
}

/**
 * The sources of the node's input: one per input, named by "Source Names" (default "Input 1",
 * …), or, with one input, one per value of the source field (in first-seen order). An item
 * without a value in the source field stops the node with an error naming the item.
 */
export function readSources(ctx: IExecuteFunctions): SourceRecords[] {
	const sourcesFrom = ctx.getNodeParameter('sourcesFrom', 0) as string;
	if (sourcesFrom === 'field') {
		const field = ctx.getNodeParameter('sourceField', 0) as string;
		const read = fieldReader(field);
		const bySource = new Map<string, SourceRecords>();
		ctx.getInputData(0).forEach((item, index) => {
			const value = read(item.json);
			if (value === undefined || value === null || String(value).trim() === '') {
				throw new NodeOperationError(ctx.getNode(), `Item ${index} has no source in the field "${field}"`, { itemIndex: index });
			}
			const source = String(value).trim();
			let entry = bySource.get(source);
			if (!entry) bySource.set(source, (entry = { source, records: [], origin: [] }));
			entry.records.push(item.json);
			entry.origin.push({ input: 0, item: index });
		});
		return [...bySource.values()];
	}
	const count = ctx.getNodeParameter('numberInputs', 0, 2) as number;
	const names = splitList(ctx.getNodeParameter('sourceNames', 0, '') as string);
	const sources: SourceRecords[] = [];
	for (let input = 0; input < count; input++) {
		const items = inputItems(ctx, input);
		const source = names[input] || `Input ${input + 1}`;
		if (sources.some((s) => s.source === source)) {
			throw new NodeOperationError(ctx.getNode(), `Two inputs are named "${source}"`, { description: 'Give each input its own name in Source Names.' });
		}
		sources.push({ source, records: items.map((item) => item.json), origin: items.map((_, item) => ({ input, item })) });
	}
	return sources;
}

/** An input's items; an input with nothing connected gives none. */
function inputItems(ctx: IExecuteFunctions, input: number): INodeExecutionData[] {
	try {
		return ctx.getInputData(input) ?? [];
	} catch {
		return [];
	}
}

import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { cleanRecords, RecordError, summariseReport, type CleanOptions, type CleanResult, type CleanStep } from '../../../lib/clean';
import { cleanOptionsOf } from './readParameters';

/** More failing items than this with "Continue On Fail" fail the node: the settings are likely wrong. */
const MAX_FAILED_ITEMS = 100;

export interface CleanOutput {
	/** Clean items, then the report item when asked for. */
	main: INodeExecutionData[];
	/** Items routed apart as invalid. */
	invalid: INodeExecutionData[];
}

/**
 * Runs cleaning steps over all input items at once (statistics, fills and duplicates need every
 * item) and wires the result the n8n way: every output item is paired with its input item and
 * keeps its binary data; the summary shows as an execution hint, and as a last item with
 * `qualityReport`.
 *
 * A bad value (a RecordError) stops the node with an error naming the item and field, or, with
 * "Continue On Fail", becomes an error item for that item while the others are cleaned without it.
 */
export function runClean(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	steps: CleanStep[],
	options: CleanOptions,
	qualityReport: boolean,
): CleanOutput {
	const failed: INodeExecutionData[] = [];
	let positions = items.map((_, i) => i);
	let result: CleanResult | undefined;
	while (!result) {
		try {
			// The report item counts distinct values per field; the hint does not need them.
			result = cleanRecords(
				positions.map((i) => items[i].json),
				steps,
				{ ...options, distinct: qualityReport },
			);
		} catch (error) {
			if (!(error instanceof RecordError)) throw new NodeOperationError(ctx.getNode(), error as Error);
			const itemIndex = positions[error.record];
			const message = `Item ${itemIndex}, field "${error.field}": ${error.reason}`;
			if (!ctx.continueOnFail() || failed.length >= MAX_FAILED_ITEMS) {
				throw new NodeOperationError(ctx.getNode(), message, { itemIndex });
			}
			failed.push({ json: { error: message }, pairedItem: { item: itemIndex } });
			positions = positions.filter((i) => i !== itemIndex);
		}
	}
	const toItem = (json: IDataObject, source: number): INodeExecutionData => {
		const itemIndex = positions[source];
		const binary = items[itemIndex].binary;
		return binary ? { json, binary, pairedItem: { item: itemIndex } } : { json, pairedItem: { item: itemIndex } };
	};
	const main = result.records.map((record, k) => toItem(record as IDataObject, result.sources[k]));
	const invalid = result.invalid.map(({ record, source }) => toItem(record as IDataObject, source));
	ctx.addExecutionHints({ message: summariseReport(result.report), location: 'outputPane' });
	if (qualityReport) {
		main.push({ json: { qualityReport: result.report as unknown as IDataObject }, pairedItem: items.map((_, item) => ({ item })) });
	}
	return { main: [...main, ...failed], invalid };
}

/**
 * The execute of an operation made of rules ("rules.rule"): each rule becomes a step by
 * `toStep`, which also sees the operation's options; all steps run in one pass with the
 * operation's missing-value and report options.
 */
export function runRules(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	toStep: (rule: IDataObject, options: IDataObject) => CleanStep,
): CleanOutput {
	const rules = ctx.getNodeParameter('rules.rule', 0, []) as IDataObject[];
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const steps = rules.map((rule) => toStep(rule, options));
	return runClean(ctx, items, steps, cleanOptionsOf(options), options.qualityReport === true);
}

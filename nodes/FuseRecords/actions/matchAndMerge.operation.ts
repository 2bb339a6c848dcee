import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { goldenRecords, resolveEntities, scoredPairs, type EntityResolution } from '../../../lib/fuse';
import { readFusionPolicy } from '../helpers/readFusionPolicy';
import { readResolutionSettings } from '../helpers/readResolutionSettings';
import { readSources } from '../helpers/readSources';
import { itemFrom } from '../helpers/toItems';
import { matchAndMergeProperties } from './matchAndMerge.description';

export const description = updateDisplayOptions({ show: { operation: ['matchAndMerge'] } }, matchAndMergeProperties);

/** A one-line account of the run for the execution hint. */
function summary(resolution: EntityResolution, outputCount: number, output: string): string {
	const linked = resolution.clusters.filter((members) => members.length > 1).length;
	const rules = resolution.blocking.map((rule) => `${rule.rule}: ${rule.new.toLocaleString('en')}`).join('; ');
	const what = output === 'pairs' ? `${outputCount} scored pairs` : `${outputCount} golden records (${linked} from two or more records)`;
	return `${resolution.records.length} records in, ${what}. Candidate pairs ${resolution.pairs.count.toLocaleString('en')} (${rules}).`;
}

/** Entity resolution over the sources, output as golden records or as scored pairs for review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const sources = readSources(this);
	const settings = readResolutionSettings(this);
	const output = this.getNodeParameter('output', 0) as string;
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const idField = (options.idField as string) || undefined;
	const policy = output === 'golden' ? readFusionPolicy(this, sources.map((s) => s.source)) : undefined;
	let resolution: EntityResolution;
	try {
		resolution = resolveEntities(sources, settings);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message, {
			description: (error as Error).name === 'BlockingLimitError' ? 'Make the rule stricter or raise "Most Pairs per Rule".' : undefined,
		});
	}
	const ref = (i: number) => ({ source: resolution.sources[i], index: resolution.positions[i] });
	const items =
		output === 'pairs'
			? scoredPairs(resolution, { minProbability: (options.minProbability as number) ?? 0.5, idField }).map(({ record, members }) =>
					itemFrom(record as IDataObject, members.map(ref), sources),
				)
			: goldenRecords(resolution, policy!, { idField }).map(({ record, members }) => itemFrom(record as IDataObject, members.map(ref), sources));
	this.addExecutionHints({ message: summary(resolution, items.length, output), location: 'outputPane' });
	return [items];
}

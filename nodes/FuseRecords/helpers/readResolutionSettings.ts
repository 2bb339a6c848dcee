import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	damerauLevenshteinAtThresholds,
	dateOfBirthComparison,
	emailComparison,
	exactMatch,
	jaroWinklerAtThresholds,
	levenshteinAtThresholds,
	nameComparison,
	type BlockingRule,
	type BlockingTransform,
	type Comparison,
	type ComparisonLevel,
	type EntityResolutionSettings,
} from '../../../lib/fuse';
import { splitList } from '../../shared/splitList';

/** The numbers of a thresholds list, or undefined for the preset's own. */
function thresholdsOf(ctx: IExecuteFunctions, text: unknown, field: string): number[] | undefined {
	const parts = splitList(text);
	if (parts.length === 0) return undefined;
	const numbers = parts.map(Number);
	if (numbers.some((n) => !Number.isFinite(n))) {
		throw new NodeOperationError(ctx.getNode(), `The thresholds of the comparison on "${field}" must be numbers, not "${String(text)}"`);
	}
	return numbers;
}

function comparisonOf(ctx: IExecuteFunctions, entry: IDataObject): Comparison {
	const field = String(entry.field ?? '').trim();
	const termFrequency = entry.termFrequency === true;
	const thresholds = thresholdsOf(ctx, entry.thresholds, field);
	switch (entry.compareAs) {
		case 'exact':
			return exactMatch(field, { termFrequency });
		case 'email':
			return emailComparison(field);
		case 'dateOfBirth':
			return dateOfBirthComparison(field);
		case 'jaroWinkler':
			return jaroWinklerAtThresholds(field, thresholds, { termFrequency });
		case 'levenshtein':
			return levenshteinAtThresholds(field, thresholds, { termFrequency });
		case 'damerauLevenshtein':
			return damerauLevenshteinAtThresholds(field, thresholds, { termFrequency });
		case 'number': {
			const levels: ComparisonLevel[] = [{ kind: 'null' }, { kind: 'exact' }];
			for (const max of thresholds ?? [1]) levels.push({ kind: 'numericDifference', max });
			return { field, levels, normalise: false };
		}
		case 'custom': {
			let levels: unknown = entry.levels;
			if (typeof levels === 'string') {
				try {
					levels = JSON.parse(levels);
				} catch (error) {
					throw new NodeOperationError(ctx.getNode(), `The levels of the comparison on "${field}" are not valid JSON: ${(error as Error).message}`);
				}
			}
			return { field, levels: levels as ComparisonLevel[] };
		}
		default:
			return nameComparison(field, { termFrequency });
	}
}

/** Blocking rules of fields lists: each field agreeing after the same transform. */
function blockingRuleOf(entry: IDataObject): BlockingRule {
	const transform = (entry.transform as BlockingTransform) || 'lower';
	const n = transform === 'firstN' ? Number(entry.n ?? 3) : undefined;
	return { keys: splitList(entry.fields).map((field) => ({ field, transform, n })) };
}

/** Entity-resolution settings from the Match and Merge parameters. */
export function readResolutionSettings(ctx: IExecuteFunctions): EntityResolutionSettings {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const comparisonEntries = ctx.getNodeParameter('comparisons.comparison', 0, []) as IDataObject[];
	const blocking = (ctx.getNodeParameter('blocking.rule', 0, []) as IDataObject[]).map(blockingRuleOf);
	const trainingRules = String(options.trainingFields ?? '')
		.split(';')
		.map((group) => splitList(group))
		.filter((fields) => fields.length > 0)
		.map((fields): BlockingRule => ({ keys: fields.map((field) => ({ field, transform: 'lower' })) }));
	const scoring = ctx.getNodeParameter('scoring', 0) as string;
	return {
		blocking,
		comparisons: comparisonEntries.map((entry) => comparisonOf(ctx, entry)),
		scoring:
			scoring === 'weighted'
				? { method: 'weighted', weights: comparisonEntries.map((entry) => Number(entry.weight ?? 1)) }
				: { method: 'fellegiSunter', trainingRules: trainingRules.length ? trainingRules : undefined },
		threshold: ctx.getNodeParameter('threshold', 0) as number,
		oneToOne: options.oneToOne === true,
		maxClusterSize: (options.maxClusterSize as number) || undefined,
		maxPairs: (options.maxPairs as number) || undefined,
	};
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { checkFusionPolicy, type ConflictStrategy, type FusionPolicy } from '../../../lib/fuse';
import { splitList } from '../../shared/splitList';

/** A strategy from its node settings; `sources` are the source names in input order. */
function strategyOf(ctx: IExecuteFunctions, settings: IDataObject, sources: string[]): ConflictStrategy {
	const strategy = (settings.strategy as string) || 'sourcePriority';
	switch (strategy) {
		case 'sourcePriority': {
			const order = splitList(settings.order);
			return { strategy, order: order.length ? order : sources };
		}
		case 'mostRecent':
			return { strategy, updatedAtField: (settings.updatedAtField as string) || 'updated_at' };
		case 'weightedAverage': {
			const weights: Record<string, number> = {};
			for (const entry of splitList(settings.weights)) {
				const [name, weight] = entry.split('=').map((part) => part.trim());
				weights[name] = Number(weight);
			}
			return { strategy, weights };
		}
		case 'concatUnique':
			return { strategy, separator: (settings.separator as string) ?? ', ' };
		case 'rules': {
			const rules = typeof settings.rules === 'string' ? parseJson(ctx, settings.rules) : settings.rules;
			return { strategy, rules } as ConflictStrategy;
		}
		default:
			return { strategy } as ConflictStrategy;
	}
}

function parseJson(ctx: IExecuteFunctions, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), `The conflict rules are not valid JSON: ${(error as Error).message}`);
	}
}

/** The fusion policy of the node's "Default Field Choice" and "Field Exceptions", checked against the sources. */
export function readFusionPolicy(ctx: IExecuteFunctions, sources: string[]): FusionPolicy {
	const policy: FusionPolicy = {
		default: strategyOf(ctx, ctx.getNodeParameter('defaultChoice', 0, {}) as IDataObject, sources),
		fields: {},
	};
	for (const entry of ctx.getNodeParameter('fieldChoices.field', 0, []) as IDataObject[]) {
		const name = String(entry.name ?? '').trim();
		if (name) policy.fields![name] = strategyOf(ctx, entry, sources);
	}
	try {
		checkFusionPolicy(policy, sources);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message, { description: 'Check the golden-record field settings.' });
	}
	return policy;
}

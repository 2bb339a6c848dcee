import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { ReplayGuard } from '../../../lib/trigger';

/** The replay guard's memory in the node's static data. */
export const REPLAY_KEY = 'replay';

/** The replay guard of the node's static data, with the window and bound of its options. */
export function replayGuardOf(staticData: IDataObject, options: IDataObject): ReplayGuard {
	return ReplayGuard.fromJSON(staticData[REPLAY_KEY], {
		windowMs: Math.max(1, Number(options.replayWindowMinutes ?? 10)) * 60_000,
		maxEntries: Math.max(1, Math.floor(Number(options.replayMaxEvents ?? 10_000))),
	});
}

/**
 * Runs as the execution's first step, on the items `webhook()` returned: records their event ids
 * in the static data of the execution, too. n8n starts the execution with the static data it
 * reads from its database before the webhook call's own changes are saved, and saves the
 * execution's static data at its end whenever a later node changed it (Third-Party Sync's change
 * detection does), which would otherwise overwrite the ids `webhook()` remembered.
 */
export async function rememberEvents(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const staticData = this.getWorkflowStaticData('node');
	const guard = replayGuardOf(staticData, this.getNodeParameter('options', 0, {}) as IDataObject);
	for (const item of items) if (typeof item.json.eventId === 'string') guard.seen(item.json.eventId);
	staticData[REPLAY_KEY] = guard.toJSON() as unknown as IDataObject;
	return [items.map((item, index) => ({ ...item, pairedItem: { item: index } }))];
}

import type { IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import type { SourceRecords } from './readSources';

/**
 * An output item paired with the input items it was made from: `refs` are (source, position in
 * that source) pairs, mapped to the input and item each record came in on.
 */
export function itemFrom(json: IDataObject, refs: Array<{ source: number; index: number }>, sources: SourceRecords[]): INodeExecutionData {
	const pairedItem: IPairedItemData[] = refs.map(({ source, index }) => {
		const { input, item } = sources[source].origin[index];
		return input === 0 ? { item } : { item, input };
	});
	return { json, pairedItem: pairedItem.length === 1 ? pairedItem[0] : pairedItem };
}

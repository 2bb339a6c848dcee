import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { RecordFormat } from '../../../../lib/formats/records';
import { readRecords } from '../../../../lib/formats/records';
import { binaryChunks } from '../../helpers/binaryInput';
import { forEachItem } from '../../helpers/forEachItem';
import { readLimits } from '../../helpers/limits';
import { readOptionsFor } from '../../helpers/readOptions';

/**
 * The one execute shared by every "File to Items" operation: each input item's file becomes
 * one output item per record, paired with the item it came from.
 */
export function readFileExecute(format: RecordFormat) {
	return async function (this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return await forEachItem(this, items, async (i) => {
			const propertyName = this.getNodeParameter('binaryPropertyName', i) as string;
			const input = await binaryChunks(this, i, propertyName);
			const options = readOptionsFor(format, this.getNodeParameter('options', i, {}) as IDataObject);
			const records = await readRecords(format, input, { ...options, limits: readLimits(this, i) });
			return records as IDataObject[];
		});
	};
}

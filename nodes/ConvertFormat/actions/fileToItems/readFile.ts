import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { RecordFormat } from '../../../../lib/formats/records';
import { readRecords } from '../../../../lib/formats/records';
import { binaryChunks } from '../../helpers/binaryInput';
import { inputBinaryField } from '../../helpers/common.descriptions';
import { optionsCollection } from '../../../shared/optionsCollection';
import { forEachItem } from '../../../shared/forEachItem';
import { limitOptions, readLimits } from '../../helpers/limits';
import { readOptionsFor } from '../../helpers/readOptions';

/**
 * A "File to Items" operation for one format: the input binary field plus the format's options
 * (and the size limits), and the one execute they all share: each input item's file becomes one
 * output item per record, paired with the item it came from.
 */
export function readFileOperation(format: RecordFormat, formatOptions: INodeProperties[]) {
	const options = [...formatOptions, ...limitOptions].sort((a, b) => a.displayName.localeCompare(b.displayName));
	const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: [format] } }, [
		inputBinaryField,
		optionsCollection(options),
	]);

	async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return await forEachItem(this, items, async (i) => {
			const propertyName = this.getNodeParameter('binaryPropertyName', i) as string;
			const input = await binaryChunks(this, i, propertyName);
			const readOptions = readOptionsFor(format, this.getNodeParameter('options', i, {}) as IDataObject);
			const records = await readRecords(format, input, { ...readOptions, limits: readLimits(this, i) });
			return records as IDataObject[];
		});
	}

	return { description, execute };
}

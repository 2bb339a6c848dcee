import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { Readable } from 'node:stream';
import type { RecordFormat } from '../../../../lib/formats/records';
import { writeRecords } from '../../../../lib/formats/records';
import { fileNameOption, outputBinaryField } from '../../helpers/common.descriptions';
import { optionsCollection } from '../../../shared/optionsCollection';
import { allItemsToOne } from '../../../shared/forEachItem';
import { writeOptionProperties, writeOptionsFor } from '../../helpers/writeOptions';

/**
 * An "Items to File" operation for one format: all input items become one file in one output
 * item, paired with every input item. CSV and NDJSON are streamed into n8n's binary store, so
 * the whole text never sits in memory next to the items.
 */
export function writeFileOperation(format: RecordFormat) {
	const description = updateDisplayOptions({ show: { resource: ['itemsToFile'], operation: [format] } }, [
		outputBinaryField,
		optionsCollection([fileNameOption, ...writeOptionProperties[format]]),
	]);

	async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return await allItemsToOne(this, items, async () => {
			const propertyName = this.getNodeParameter('binaryPropertyName', 0) as string;
			const raw = this.getNodeParameter('options', 0, {}) as IDataObject;
			const file = await writeRecords(format, items.map((item) => item.json), writeOptionsFor(format, raw));
			const fileName = (raw.fileName as string) || `data.${file.extension}`;
			const body = file.bytes ? Buffer.from(file.bytes) : Readable.from(file.chunks!, { objectMode: false });
			const binary = await this.helpers.prepareBinaryData(body, fileName, file.mimeType);
			return { json: { fileName, records: items.length }, binary: { [propertyName]: binary } };
		});
	}

	return { description, execute };
}

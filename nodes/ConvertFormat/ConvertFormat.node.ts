import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as fieldTypes from './actions/fieldTypes/FieldTypes.resource';
import * as fileToItems from './actions/fileToItems/FileToItems.resource';
import * as itemsToFile from './actions/itemsToFile/ItemsToFile.resource';
import { router } from './actions/router';
import * as structure from './actions/structure/Structure.resource';
import * as textField from './actions/textField/TextField.resource';

/** Wires the operations of actions/ into one node: their descriptions here, their execution via the router. */
export class ConvertFormat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Convert Format',
		name: 'convertFormat',
		icon: { light: 'file:convertFormat.svg', dark: 'file:convertFormat.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Turn CSV, JSON, NDJSON, XML and Excel files into items and back, convert field types and reshape items',
		defaults: { name: 'Convert Format' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Field Type', value: 'fieldTypes', description: 'Convert fields to numbers, dates, booleans and more' },
					{ name: 'File to Item', value: 'fileToItems', description: 'Read a file into items' },
					{ name: 'Item to File', value: 'itemsToFile', description: 'Write items into a file' },
					{ name: 'Structure', value: 'structure', description: 'Flatten, split, collect, rename and map fields' },
					{ name: 'Text Field', value: 'textField', description: 'Read CSV, JSON or XML text in a field, or write items as text' },
				],
				default: 'fileToItems',
			},
			...fieldTypes.description,
			...fileToItems.description,
			...itemsToFile.description,
			...structure.description,
			...textField.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}

import { headerRowOption } from '../../helpers/common.descriptions';
import { readFileOperation } from './readFile';

export const { description, execute } = readFileOperation('xlsx', [
	headerRowOption,
	{
		displayName: 'Sheet',
		name: 'sheet',
		type: 'string',
		default: '',
		placeholder: 'e.g. Contacts or 2',
		description: 'Name of the sheet, or its position counting from 1. Leave empty for the first sheet.',
	},
]);

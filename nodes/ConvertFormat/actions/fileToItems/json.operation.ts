import { encodingOption, replaceInvalidOption } from '../../helpers/common.descriptions';
import { readFileOperation } from './readFile';

export const { description, execute } = readFileOperation('json', [
	encodingOption,
	{
		displayName: 'Path to Records',
		name: 'path',
		type: 'string',
		default: '',
		placeholder: 'e.g. data.contacts',
		description: 'Where the list of records is in the document. Leave empty when the file is the list itself.',
	},
	replaceInvalidOption,
]);

import { encodingOption, headerRowOption, replaceInvalidOption } from '../../helpers/common.descriptions';
import { readFileOperation } from './readFile';

export const { description, execute } = readFileOperation('csv', [
	{
		displayName: 'Delimiter',
		name: 'delimiter',
		type: 'string',
		default: '',
		placeholder: 'e.g. ;',
		description: 'Character between values. Leave empty to detect comma, semicolon, tab or pipe.',
	},
	encodingOption,
	headerRowOption,
	replaceInvalidOption,
	{
		displayName: 'Skip Empty Lines',
		name: 'skipEmptyLines',
		type: 'boolean',
		default: true,
		description: 'Whether to ignore lines with no values',
	},
]);

import { encodingOption, replaceInvalidOption } from '../../helpers/common.descriptions';
import { readFileOperation } from './readFile';

export const { description, execute } = readFileOperation('ndjson', [encodingOption, replaceInvalidOption]);

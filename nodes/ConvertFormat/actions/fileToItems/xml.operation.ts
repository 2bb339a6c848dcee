import { encodingOption, replaceInvalidOption } from '../../helpers/common.descriptions';
import { xmlReadOptions } from '../../helpers/xml.descriptions';
import { readFileOperation } from './readFile';

export const { description, execute } = readFileOperation('xml', [encodingOption, replaceInvalidOption, ...xmlReadOptions]);

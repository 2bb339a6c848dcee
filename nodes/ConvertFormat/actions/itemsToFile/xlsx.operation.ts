import { writeFileOperation } from './writeFile';

export const { description, execute } = writeFileOperation('xlsx');

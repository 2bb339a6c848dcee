/** Excel (XLSX) records: reading one sheet as rows, writing rows as a one-sheet workbook. */
export { listSheets } from './listSheets';
export { readXlsx, type ReadXlsxOptions } from './readXlsx';
export { writeXlsx, type WriteXlsxOptions } from './writeXlsx';

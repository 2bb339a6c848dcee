/** JSON documents as records. */
export { jsonSyntaxError } from './jsonSyntaxError';
export { parseJsonRecords, type ParseJsonOptions } from './parseJsonRecords';
export { toRecord } from './toRecord';
export { writeJson, type WriteJsonOptions } from './writeJson';

/**
 * The Pipedrive connector: API v2 cursor lists (v1 `start`/`limit` for objects without one), get
 * one, and the incremental read on (update_time, id) with `updated_since`.
 */
export { listRecords, ALWAYS_KEPT } from './listRecords';
export { getRecord } from './getRecord';
export { readChangedSince } from './readChangedSince';
export { normalise } from './normalise';
export { primaryValue } from './primaryValue';
export { pipedriveTime } from './pipedriveTime';
export { pipedriveUrl, apiVersionOf, DEFAULT_PIPEDRIVE_URL, V2_OBJECTS } from './pipedriveUrl';
export { pipedrivePages, type PipedrivePagesOptions } from './pipedrivePages';
export { callPipedrive, type PipedriveBody } from './callPipedrive';
export type { ChangedOptions, ChangedResult, GetOptions, ListOptions, PipedriveConfig, PipedriveFilter } from './types';

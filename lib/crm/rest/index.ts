/** The "any REST CRM" connector: a REST API's list, pagination and fields described as data. */
export type { ChangedOptions, ChangedResult, GetOptions, ListOptions, RestConfig, RestFilter, RestPagination } from './types';
export { listRecords } from './listRecords';
export { getRecord } from './getRecord';
export { readChangedSince } from './readChangedSince';
export { normalise, type RestFieldMap } from './normalise';
export { readPages, type ReadPagesOptions, type RestPage } from './readPages';
export { recordsAt } from './recordsAt';
export { nextLinkUrl } from './nextLinkUrl';
export { matchesFilter } from './matchesFilter';
export { pickFields } from './pickFields';
export { compareIds, comparePositions, cursorPosition } from './cursorOrder';
export { instantMs } from './instantMs';
export { restUrl } from './restUrl';

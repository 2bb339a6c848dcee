/**
 * The HubSpot connector (CRM v3 objects): list by `after` or search, get one, and the incremental
 * read on (last-modified, id) that never pages a search beyond HubSpot's 10,000-result cap.
 */
export { listRecords } from './listRecords';
export { getRecord } from './getRecord';
export { readChangedSince } from './readChangedSince';
export { normalise } from './normalise';
export { lastModifiedProperty } from './lastModifiedProperty';
export { searchFilter, type SearchFilter } from './searchFilter';
export { afterPosition, atTime, type FilterGroups } from './changeWindows';
export { objectsUrl, DEFAULT_HUBSPOT_URL } from './objectsUrl';
export { callHubSpot } from './callHubSpot';
export { readResults, type HubSpotPage } from './readResults';
export { recordPosition } from './recordPosition';
export { pageSizeFor } from './pageSizeFor';
export type { ChangedOptions, ChangedResult, GetOptions, HubSpotConfig, HubSpotFilter, ListOptions } from './types';

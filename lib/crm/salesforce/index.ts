/**
 * The Salesforce connector: OAuth 2.0 login (client credentials or refresh token) with one login
 * per session and a single re-login on INVALID_SESSION_ID, SOQL reads that follow
 * `nextRecordsUrl`, and the incremental read on (SystemModstamp, Id).
 */
export { salesforceToken } from './salesforceToken';
export { salesforceSession, type SalesforceSession } from './salesforceSession';
export { listRecords } from './listRecords';
export { getRecord } from './getRecord';
export { readChangedSince } from './readChangedSince';
export { normalise } from './normalise';
export { queryPages, type QueryPagesOptions } from './queryPages';
export { getJson } from './getJson';
export { changedQuery } from './changedQuery';
export { selectFields } from './selectFields';
export { soqlCondition } from './soqlCondition';
export { soqlString } from './soqlString';
export { soqlDateTime } from './soqlDateTime';
export { soqlIdentifier } from './soqlIdentifier';
export { toIsoInstant } from './toIsoInstant';
export { dataPath, DEFAULT_API_VERSION } from './dataPath';
export { salesforceError } from './salesforceError';
export type {
	ChangedOptions,
	ChangedResult,
	GetOptions,
	ListOptions,
	SalesforceConfig,
	SalesforceCredentials,
	SalesforceFilter,
	SalesforceToken,
	SoqlValueType,
} from './types';

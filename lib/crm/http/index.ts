/** HTTP reliability for the CRM connectors: retries, Retry-After, backoff, clear errors, no leaked secrets. */
export { CrmApiError, type CrmApiErrorCode, type CrmApiErrorDetails } from './CrmApiError';
export { DEFAULT_RETRY_POLICY, resolveRetryPolicy, type RetryPolicy } from './retryPolicy';
export { retryAfterMs } from './retryAfterMs';
export { backoffDelay } from './backoffDelay';
export { sendRequest } from './sendRequest';
export { parseJson } from './parseJson';
export { requestJson, type RequestJsonOptions } from './requestJson';
export { fetchRequest, type FetchRequestOptions } from './fetchRequest';
export { errorFor, codeForStatus, describeStatus } from './errorFor';
export { readErrorBody, type ErrorBodyDetail } from './readErrorBody';
export { redactUrl, SECRET_QUERY_PARAMS } from './redactUrl';
export { describeCall } from './describeCall';
export { buildUrl } from './buildUrl';
export { scrubSecrets } from './scrubSecrets';
export { encodeRequest } from './encodeRequest';

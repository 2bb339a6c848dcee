/**
 * CRM connectors: HubSpot, Salesforce, Pipedrive and any REST CRM, with list, get and incremental
 * reads on an (updated-at, id) cursor, over an injected request function with retries that honour
 * rate limits.
 */
export * as hubspot from './hubspot';
export * as pipedrive from './pipedrive';
export * as rest from './rest';
export * as salesforce from './salesforce';
export * from './http';
export type * from './connectorOptions';
export type * from './types';

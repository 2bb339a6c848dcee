import type { CrmFilter, ListOptions as SharedListOptions } from '../connectorOptions';

/** Which Salesforce object the connector reads, and through which REST API version. */
export interface SalesforceConfig {
	/** REST API version, e.g. `'62.0'` (a leading `v` is accepted). Default `'62.0'`. */
	apiVersion?: string;
	/** `'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Case' | 'Campaign'` or a custom object such as `'Invoice__c'`. */
	objectType: 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Case' | 'Campaign' | (string & {});
}

/** How a filter value is written into SOQL. */
export type SoqlValueType = 'auto' | 'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'null';

/** One `field operator value` condition; all filters of a call are joined with AND. */
export interface SalesforceFilter extends CrmFilter {
	/**
	 * SOQL needs quotes around text and none around numbers, booleans and dates, and refuses the
	 * wrong one for the field's type. `'auto'` (default) leaves a value unquoted only when the
	 * whole value is a number, `true`/`false`, `null`, a date or a date-time; set `'string'` to
	 * compare e.g. a Phone or PostalCode field with digits.
	 */
	type?: SoqlValueType;
}

/** A Salesforce connected app's OAuth 2.0 credentials. */
export interface SalesforceCredentials {
	/** Where to log in, e.g. `https://login.salesforce.com`, `https://test.salesforce.com` or a My Domain URL. */
	loginUrl: string;
	grant: 'clientCredentials' | 'refreshToken';
	clientId: string;
	clientSecret: string;
	/** Needed for the `refreshToken` grant. */
	refreshToken?: string;
}

/** A logged-in session: where data calls go and the bearer token they carry. */
export interface SalesforceToken {
	accessToken: string;
	/** e.g. `https://yourInstance.my.salesforce.com`, without a trailing slash. */
	instanceUrl: string;
}

/** Options of `listRecords`, with Salesforce's typed filters. */
export type ListOptions = SharedListOptions<SalesforceFilter>;

export type { ChangedOptions, ChangedResult, GetOptions } from '../connectorOptions';

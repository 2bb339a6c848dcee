import type { CrmFilter } from '../connectorOptions';

/** Which HubSpot account and object type the connector reads. */
export interface HubSpotConfig {
	/** Default `https://api.hubapi.com`; settable so tests and proxies can point elsewhere. */
	baseUrl?: string;
	/** `'contacts' | 'companies' | 'deals' | 'tickets'`, or a custom object's type id (`2-123456`) or name (`p_invoices`). */
	objectType: 'contacts' | 'companies' | 'deals' | 'tickets' | (string & {});
}

/** A field condition of a list read. */
export type HubSpotFilter = CrmFilter;

export type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../connectorOptions';

import type { CrmFilter } from '../connectorOptions';

/** Which Pipedrive account and object type the connector reads. */
export interface PipedriveConfig {
	/** Default `https://api.pipedrive.com`; a company domain (`https://acme.pipedrive.com`) works too. */
	baseUrl?: string;
	/** `'persons' | 'organizations' | 'deals'`, or another list such as `'products'`, `'activities'`, `'leads'`. */
	objectType: 'persons' | 'organizations' | 'deals' | (string & {});
	/**
	 * Default: API v2 for the objects that have it (see `V2_OBJECTS`), v1 for the others. `'v1'`
	 * reads through v1 everywhere (its record shape: `email`/`phone` lists, owner objects); the
	 * incremental read needs v2.
	 */
	apiVersion?: 'v1' | 'v2';
}

/** A field condition of a list read. */
export type PipedriveFilter = CrmFilter;

export type { ChangedOptions, ChangedResult, GetOptions, ListOptions } from '../connectorOptions';

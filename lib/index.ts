/**
 * The transform library behind the nodes, usable on its own: `require('n8n-nodes-crm-integration')`.
 * Pure TypeScript with no n8n imports.
 */
export * from './core/formatError';
export * from './core/limits';
export * from './core/record';
export * from './core/recordError';
export * from './formats/records';
export * as csv from './formats/csv';
export * as json from './formats/json';
export * as ndjson from './formats/ndjson';
export * as xml from './formats/xml';
export * as xlsx from './formats/xlsx';
export * as text from './formats/text';
export * from './convert';
export * from './restructure';
export * as clean from './clean';
export * as fuse from './fuse';
export * as sync from './sync';
export * as trigger from './trigger';

/**
 * Fusing records from several sources: append, join on keys, and entity resolution (blocking,
 * comparisons declared as data, Fellegi-Sunter or weighted scoring, clustering) into golden
 * records with lineage.
 */
export * from './block';
export * from './cluster';
export * from './compare';
export * from './merge';
export * from './model';
export * from './resolve';

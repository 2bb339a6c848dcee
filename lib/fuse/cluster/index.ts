/** Clustering scored record pairs into entities: union-find, connected components, one-to-one links, giant guard. */
export { clusterRecords, HIGHEST_THRESHOLD, type ClusterOptions, type ClusterResult } from './clusterRecords';
export { componentLabels } from './componentLabels';
export { connectedComponents } from './connectedComponents';
export { oneToOneLinks } from './oneToOneLinks';
export { UnionFind } from './unionFind';

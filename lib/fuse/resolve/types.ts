import type { Row } from '../../core/record';
import type { BlockingRule, PairList, RuleCount } from '../block';
import type { Comparison, CompiledComparison } from '../compare';
import type { LinkageModel } from '../model';

/** One source of records: its name (shown in lineage) and its records. */
export interface FuseInput {
	source: string;
	records: Row[];
}

/** Fellegi-Sunter scoring, trained without labels as Splink does. */
export interface FellegiSunterScoring {
	method: 'fellegiSunter';
	/**
	 * Rules whose pairs train m, one EM round each (the comparisons on a rule's own fields sit that
	 * round out). Default: the blocking rules.
	 */
	trainingRules?: BlockingRule[];
	/** Random pairs sampled for u (default 1e6). */
	samplePairs?: number;
	seed?: number;
	/** A model trained before (e.g. kept from an earlier run): used as is, no training. */
	model?: LinkageModel;
}

/**
 * Weighted rules: a comparison at its best level scores 1, at its last ('else') level 0, levels in
 * between evenly in between; the pair's score is the weighted mean over comparisons that are not
 * at their null level. Simple and explainable, for when there is too little data to learn from.
 */
export interface WeightedScoring {
	method: 'weighted';
	/** One weight per comparison (default 1 each). */
	weights?: number[];
}

export interface EntityResolutionSettings {
	/** Candidate pairs are the union of these rules' pairs. */
	blocking: BlockingRule[];
	comparisons: Comparison[];
	scoring?: FellegiSunterScoring | WeightedScoring;
	/** Pairs with a match probability (or weighted score) at least this are links. Default 0.9. */
	threshold?: number;
	/** Two or more sources: link each record to at most one record of each other source. */
	oneToOne?: boolean;
	/** Clusters larger than this are split by raising the threshold inside them (default 1,000). */
	maxClusterSize?: number;
	/** The most candidate pairs one blocking rule may make (default 5,000,000). */
	maxPairs?: number;
}

export interface EntityResolution {
	/** All sources' records, concatenated in input order. */
	records: Row[];
	/** Per record its source index and its position in that source's records. */
	sources: Int32Array;
	positions: Int32Array;
	sourceNames: string[];
	/** `true` when there were two or more sources (pairs only across sources). */
	link: boolean;
	pairs: PairList;
	/** The comparisons, compiled over `records`. */
	comparisons: CompiledComparison[];
	/** Per pair, the comparison level of each comparison (row-major). */
	vectors: Uint8Array;
	/** Per comparison with a term-frequency level, each value's share of the records. */
	termFrequencies?: Array<Map<string, number> | undefined>;
	/** Per pair: match weight (Fellegi-Sunter; the score for weighted rules) and probability (or score). */
	weights: Float64Array;
	probabilities: Float64Array;
	/** The trained model (Fellegi-Sunter only). */
	model?: LinkageModel;
	blocking: RuleCount[];
	clusterOf: Int32Array;
	clusters: number[][];
	giantsSplit: number;
	threshold: number;
}

/** The trained parameters of one comparison: per level, m among matches and u among non-matches. */
export interface ModelComparison {
	name: string;
	/** One label per level, as the compiled comparison's. */
	labels: string[];
	/** P(level | match). The null level's m equals its u, so it is neutral. */
	m: number[];
	/** P(level | non-match), from random pairs. The null level's u is the share of random pairs with a missing value. */
	u: number[];
	/** Index of the null level, or -1 if there is none. */
	nullLevel: number;
}

/**
 * A Fellegi-Sunter model as plain data (only arrays, numbers and strings), so a workflow can store
 * it as JSON and score later pairs with it.
 */
export interface LinkageModel {
	comparisons: ModelComparison[];
	/** λ: the probability that two records drawn at random from all possible pairs match. */
	lambda: number;
	/** What training did, one line a step: sample sizes, each EM round, how λ was derived. */
	trainingLog: string[];
}

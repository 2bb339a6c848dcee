/**
 * The probabilistic (Fellegi-Sunter) model of record linkage, trained as Splink does: u by random
 * sampling, m by EM rounds on training blocking rules, λ from EM over the candidate pairs; scoring
 * with term-frequency adjustments and a waterfall explanation per pair.
 */
export type { LinkageModel, ModelComparison } from './linkageModel';
export { comparisonVectors } from './comparisonVectors';
export { estimateU, type EstimateUOptions } from './estimateU';
export { expectationMaximisation, type ExpectationMaximisationOptions, type ExpectationMaximisationResult } from './expectationMaximisation';
export { countPatterns, type PatternCounts } from './countPatterns';
export { startingM } from './startingM';
export { possiblePairs } from './possiblePairs';
export { sourceSizes } from './sourceSizes';
export { randomPairs } from './randomPairs';
export { seededRandom } from './seededRandom';
export { trainModel, type TrainModelOptions, type TrainingRule } from './trainModel';
export { termFrequencies } from './termFrequencies';
export { termFrequencyTables } from './termFrequencyTables';
export { compileWeights, type CompiledWeights } from './compileWeights';
export { scorePairs, type PairScores } from './scorePairs';
export { explainPair, type PairExplanation, type ComparisonExplanation } from './explainPair';

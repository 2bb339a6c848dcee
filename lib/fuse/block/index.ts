/** Blocking: the candidate record pairs of a union of declared blocking rules, as typed arrays. */
export { PairListBuilder, emptyPairList, type PairList } from './pairList';
export { BLOCKING_TRANSFORMS, type BlockingKey, type BlockingRule, type BlockingTransform } from './blockingRule';
export { BlockingLimitError } from './blockingLimitError';
export { blockingKeyText } from './blockingKeyText';
export { blockPairs, DEFAULT_MAX_PAIRS, type BlockPairsOptions, type BlockPairsResult, type RuleCount } from './blockPairs';
export { checkBlockingRule } from './checkBlockingRule';
export { FEBRL4_BLOCKING_RULES } from './febrl4BlockingRules';
export { keyColumns, type KeyColumn, type KeyColumnReader } from './keyColumns';
export { ruleBlockIds, type RuleBlocks } from './ruleBlockIds';
export { ruleName } from './ruleName';
export { sortPairs } from './sortPairs';

import type { Row } from '../../core/record';
import { missingMatcher } from '../missing/missingMatcher';
import { CleanState } from './cleanState';
import { finishReport } from './finishReport';
import { resolveFields } from './resolveFields';
import { dedupeStep } from './steps/dedupeStep';
import { missingStep } from './steps/missingStep';
import { normaliseStep } from './steps/normaliseStep';
import { outlierStep } from './steps/outlierStep';
import { smoothStep } from './steps/smoothStep';
import { validateStep } from './steps/validateStep';
import type { CleanOptions, CleanResult, CleanStep } from './types';

/**
 * Runs cleaning steps, declared as data, over records, in the order given, and reports what they
 * did per field. Input records are never changed (a changed record is a copy). Every output
 * record says which input record it came from (`sources`); a record leaves the output only when
 * a step drops it on purpose (missing `drop`, outlier `remove`, a duplicate) or routes it to
 * `invalid`. A bad value with `nonNumeric: 'fail'` or `onInvalid: 'fail'` throws a RecordError
 * naming the input record and field.
 *
 * @example
 * cleanRecords(rows, [
 *   { step: 'normalise', fields: ['email'], normaliser: 'email' },
 *   { step: 'missing', fields: { all: 'number' }, action: 'median' },
 *   { step: 'outliers', fields: ['amount'], rule: { method: 'iqr' }, action: 'cap' },
 *   { step: 'dedupe', fields: ['email'], mode: 'exact', keep: 'mostComplete' },
 * ]);
 */
export function cleanRecords(records: Row[], steps: CleanStep[], options: CleanOptions = {}): CleanResult {
	const isMissing = missingMatcher(options.missing);
	const issuesField = options.issuesField || '_validation';
	const state = new CleanState(records, isMissing, { nonNumeric: options.nonNumeric ?? 'missing', issuesField });
	for (const step of steps) {
		const fields = 'fields' in step && step.step !== 'dedupe' ? resolveFields(state.records, step.fields, isMissing, [issuesField, '_outliers']) : [];
		switch (step.step) {
			case 'missing':
				missingStep(state, step, fields);
				break;
			case 'outliers':
				outlierStep(state, step, fields);
				break;
			case 'smooth':
				smoothStep(state, step, fields);
				break;
			case 'normalise':
				normaliseStep(state, step, fields);
				break;
			case 'validate':
				validateStep(state, step);
				break;
			case 'dedupe':
				dedupeStep(state, step);
				break;
			default:
				throw new Error(`Unknown cleaning step "${(step as { step: string }).step}"`);
		}
		state.compact();
	}
	for (let i = 0; i < state.records.length; i++) state.writeIssues(i);
	state.flush();
	return {
		records: state.records,
		sources: state.sources,
		invalid: state.invalid,
		report: finishReport(state, options.distinct ?? false),
	};
}

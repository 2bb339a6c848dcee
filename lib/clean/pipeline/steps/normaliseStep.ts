import { RecordError } from '../../../core/recordError';
import type { CleanState } from '../cleanState';
import { memoiseText } from '../memoiseText';
import { normaliserFor } from '../normaliserFor';
import type { NormaliseStep } from '../types';

/**
 * Normalises each non-missing value of the fields. A value the normaliser cannot read (an
 * address that is no email, a date in none of the formats) is kept and noted in the record's
 * issues, set to null and noted, routes its record to the invalid list, or fails the run, as
 * `onInvalid` says. Text-only normalisers leave values that are not text alone.
 */
export function normaliseStep(state: CleanState, step: NormaliseStep, fields: string[]): void {
	const normaliser = normaliserFor(step);
	const onInvalid = step.onInvalid ?? 'keep';
	if (step.outputField && fields.length !== 1) {
		throw new Error(`An output field can only be set for one input field, not for ${fields.length}`);
	}
	const toRoute = new Set<number>();
	for (const field of fields) {
		const report = state.report(field);
		const values = state.column(field);
		const applyText = normaliser.kind === 'text' ? memoiseText(normaliser.apply) : undefined;
		const applyValue = normaliser.kind === 'value' ? normaliser.apply : undefined;
		const missing = state.missingFlags(field);
		const target = step.outputField || field;
		const moved = target !== field;
		const set = state.setter(target);
		for (let i = 0; i < values.length; i++) {
			if (missing[i]) continue;
			const value = values[i];
			let result: unknown;
			if (applyText) {
				if (typeof value !== 'string') continue;
				result = applyText(value);
			} else if (applyValue) {
				const outcome = applyValue(value);
				if (!outcome.ok) {
					if (onInvalid === 'fail') throw new RecordError(outcome.reason, { record: state.sources[i], field });
					state.addIssue(i, { field, rule: step.normaliser, value, message: outcome.reason });
					if (onInvalid === 'empty') set(i, null);
					else if (moved) set(i, value);
					if (onInvalid === 'invalid') toRoute.add(i);
					continue;
				}
				result = outcome.value;
			}
			if (result !== value) {
				set(i, result);
				report.normalised++;
			} else if (moved) {
				set(i, result);
			}
		}
	}
	// After all fields, so a record routed apart carries the issues of every field.
	for (const i of toRoute) state.routeInvalid(i);
}

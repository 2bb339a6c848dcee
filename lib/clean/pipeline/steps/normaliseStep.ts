import { RecordError } from '../../../core/recordError';
import type { CleanState } from '../cleanState';
import { normaliserFor } from '../normaliserFor';
import type { NormaliseStep } from '../types';

/**
 * Normalises each non-missing value of the fields. A value the normaliser cannot read (an
 * address that is no email, a date in none of the formats) is kept and noted in the record's
 * issues, set to null and noted, routes its record to the invalid list, or fails the run, as
 * `onInvalid` says.
 */
export function normaliseStep(state: CleanState, step: NormaliseStep, fields: string[]): void {
	const normalise = normaliserFor(step);
	const onInvalid = step.onInvalid ?? 'keep';
	if (step.outputField && fields.length !== 1) {
		throw new Error(`An output field can only be set for one input field, not for ${fields.length}`);
	}
	const toRoute = new Set<number>();
	for (const field of fields) {
		const report = state.report(field);
		const read = state.reader(field);
		const target = step.outputField || field;
		for (let i = 0; i < state.records.length; i++) {
			const value = read(state.records[i]);
			if (state.isMissing(value)) continue;
			const result = normalise(value);
			if (!result) continue;
			if (result.ok) {
				if (result.value !== value || target !== field) state.write(i, target, result.value);
				if (result.value !== value) report.normalised++;
				continue;
			}
			if (onInvalid === 'fail') throw new RecordError(result.reason, { record: state.sources[i], field });
			state.addIssue(i, { field, rule: step.normaliser, value, message: result.reason });
			if (onInvalid === 'empty') state.write(i, target, null);
			else if (target !== field) state.write(i, target, value);
			if (onInvalid === 'invalid') toRoute.add(i);
		}
	}
	// After all fields, so a record routed apart carries the issues of every field.
	for (const i of toRoute) state.routeInvalid(i);
}

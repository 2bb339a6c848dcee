import { validateRecords } from '../../validate/validateRecords';
import type { CleanState } from '../cleanState';
import type { ValidateStep } from '../types';

/**
 * Checks the rules on every record. A record breaking any goes to the invalid list with the
 * issues (field, rule, value, message) in its issues field, or, with `keepInvalid`, stays in
 * the output with that field.
 */
export function validateStep(state: CleanState, step: ValidateStep): void {
	state.flush();
	const issues = validateRecords(state.records, step.rules, {
		isMissing: state.isMissing,
		readField: (record, field) => state.reader(field)(record),
	});
	for (const rule of step.rules) state.report(rule.field);
	for (let i = 0; i < issues.length; i++) {
		const found = issues[i];
		if (found.length === 0) continue;
		for (const issue of found) state.addIssue(i, issue);
		if (step.keepInvalid) state.writeIssues(i);
		else state.routeInvalid(i);
	}
}

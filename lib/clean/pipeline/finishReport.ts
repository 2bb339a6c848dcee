import type { CleanState } from './cleanState';
import type { QualityReport } from './types';

/**
 * The quality report of a finished run (after `flush`): missing values per field after the
 * last step and, with `distinct`, the distinct values per field.
 */
export function finishReport(state: CleanState, distinct: boolean): QualityReport {
	const fields: QualityReport['fields'] = {};
	for (const [field, entry] of state.fields) {
		const report = { ...entry, missingAfter: state.missingCount(field), invalid: state.invalidValues.get(field)?.size ?? 0 };
		if (distinct) {
			const values = state.column(field);
			const missing = state.missingFlags(field);
			const seen = new Set<unknown>();
			for (let i = 0; i < values.length; i++) {
				const value = values[i];
				if (!missing[i]) seen.add(value !== null && typeof value === 'object' ? JSON.stringify(value) : value);
			}
			fields[field] = { ...report, distinct: seen.size };
		} else {
			fields[field] = report;
		}
	}
	return {
		recordsIn: state.input.length,
		recordsOut: state.records.length,
		dropped: state.dropped,
		duplicatesRemoved: state.duplicatesRemoved,
		invalid: state.invalid.length,
		fields,
	};
}

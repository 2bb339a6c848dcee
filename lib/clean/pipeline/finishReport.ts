import type { CleanState } from './cleanState';
import type { QualityReport } from './types';

/** The quality report of a finished run: counts after the last step, distinct values per field. */
export function finishReport(state: CleanState): QualityReport {
	const fields: QualityReport['fields'] = {};
	for (const [field, entry] of state.fields) {
		const read = state.reader(field);
		const distinct = new Set<unknown>();
		let missing = 0;
		for (const row of state.records) {
			const value = read(row);
			if (state.isMissing(value)) missing++;
			else distinct.add(value !== null && typeof value === 'object' ? JSON.stringify(value) : value);
		}
		fields[field] = { ...entry, missingAfter: missing, distinct: distinct.size, invalid: state.invalidValues.get(field)?.size ?? 0 };
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

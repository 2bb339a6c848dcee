import type { QualityReport } from './types';

/**
 * One readable sentence of what a cleaning run changed, for a person glancing at the node
 * (n8n shows it as an execution hint).
 *
 * @example
 * summariseReport(report);
 * // '100 records in, 96 out: 2 dropped, 1 duplicate removed, 1 invalid. Filled 12 values, capped or replaced 3 outliers, normalised 40 values.'
 */
export function summariseReport(report: QualityReport): string {
	const total = (key: 'filled' | 'outliersFound' | 'outliersHandled' | 'normalised' | 'smoothed' | 'invalid') =>
		Object.values(report.fields).reduce((sum, f) => sum + f[key], 0);
	const removed: string[] = [];
	if (report.dropped) removed.push(`${report.dropped} dropped`);
	if (report.duplicatesRemoved) removed.push(`${report.duplicatesRemoved} ${report.duplicatesRemoved === 1 ? 'duplicate' : 'duplicates'} removed`);
	if (report.invalid) removed.push(`${report.invalid} invalid`);
	const head = `${report.recordsIn} ${report.recordsIn === 1 ? 'record' : 'records'} in, ${report.recordsOut} out${removed.length ? `: ${removed.join(', ')}` : ''}.`;
	const changes: string[] = [];
	const filled = total('filled');
	if (filled) changes.push(`filled ${filled} missing ${filled === 1 ? 'value' : 'values'}`);
	const found = total('outliersFound');
	if (found) changes.push(`found ${found} ${found === 1 ? 'outlier' : 'outliers'} (${total('outliersHandled')} handled)`);
	const smoothed = total('smoothed');
	if (smoothed) changes.push(`smoothed ${smoothed} ${smoothed === 1 ? 'value' : 'values'}`);
	const normalised = total('normalised');
	if (normalised) changes.push(`normalised ${normalised} ${normalised === 1 ? 'value' : 'values'}`);
	const invalidValues = total('invalid');
	if (invalidValues) changes.push(`${invalidValues} invalid ${invalidValues === 1 ? 'value' : 'values'}`);
	if (changes.length === 0) return `${head} Nothing changed.`;
	const sentence = changes.join(', ');
	return `${head} ${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}

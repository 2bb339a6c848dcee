import { exponentialSmoothing } from '../../smooth/exponentialSmoothing';
import { movingAverage } from '../../smooth/movingAverage';
import { movingMedian } from '../../smooth/movingMedian';
import type { CleanState } from '../cleanState';
import { groupPositions } from '../groups';
import { numericColumn } from '../numericColumn';
import type { SmoothStep } from '../types';

/**
 * Smooths each field as a series in `orderBy` order (within each group): a moving average or
 * median over `window` values (trailing or centred), or exponential smoothing with `alpha`.
 * Positions with no number in reach get `null`.
 */
export function smoothStep(state: CleanState, step: SmoothStep, fields: string[]): void {
	const groupBy = step.groupBy ? state.column(step.groupBy) : undefined;
	const orderBy = step.orderBy ? state.column(step.orderBy) : undefined;
	const groups = groupPositions(state.records.length, groupBy, orderBy);
	const suffix = step.outputSuffix ?? '';
	for (const field of fields) {
		const report = state.report(field);
		const values = state.column(field);
		for (const positions of groups) {
			const column = numericColumn(values, positions, field, state.isMissing, state.options.nonNumeric, state.sources);
			const smoothed = smooth(column, step);
			for (let k = 0; k < positions.length; k++) {
				const value = Number.isNaN(smoothed[k]) ? null : smoothed[k];
				if (suffix === '' && value === column[k]) continue;
				state.set(positions[k], field + suffix, value);
				if (value !== column[k]) report.smoothed++;
			}
		}
	}
}

function smooth(column: Float64Array, step: SmoothStep): Float64Array {
	switch (step.method) {
		case 'movingAverage':
			return movingAverage(column, step.window ?? 3, step.centred ?? false);
		case 'movingMedian':
			return movingMedian(column, step.window ?? 3, step.centred ?? false);
		case 'exponential':
			return exponentialSmoothing(column, step.alpha ?? 0.5);
		default:
			throw new Error(`Unknown smoothing method "${(step as { method: string }).method}"`);
	}
}

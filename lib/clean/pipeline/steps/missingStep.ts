import { backFill } from '../../missing/backFill';
import { forwardFill } from '../../missing/forwardFill';
import { interpolateLinear } from '../../missing/interpolateLinear';
import { maximum } from '../../stats/maximum';
import { mean } from '../../stats/mean';
import { median } from '../../stats/median';
import { minimum } from '../../stats/minimum';
import { mode } from '../../stats/mode';
import type { CleanState } from '../cleanState';
import { groupPositions } from '../groups';
import { numericColumn } from '../numericColumn';
import type { MissingStep } from '../types';

const NUMERIC_STATISTICS = { mean, median, min: minimum, max: maximum } as const;

/**
 * Drops records with a missing value in the fields, or fills the gaps: a constant, a statistic
 * of the field (within each group), forward or back fill, or linear interpolation in the
 * `orderBy` order (pandas semantics, see lib/clean/missing).
 */
export function missingStep(state: CleanState, step: MissingStep, fields: string[]): void {
	const { isMissing } = state;
	if (step.action === 'drop') {
		for (const field of fields) {
			state.report(field);
			const values = state.column(field);
			for (let i = 0; i < values.length; i++) if (isMissing(values[i]) && state.remove(i)) state.dropped++;
		}
		return;
	}
	const ordered = step.action === 'forwardFill' || step.action === 'backFill' || step.action === 'interpolate';
	const groups = groupPositions(
		state.records.length,
		step.groupBy ? state.column(step.groupBy) : undefined,
		ordered && step.orderBy ? state.column(step.orderBy) : undefined,
	);
	for (const field of fields) {
		const report = state.report(field);
		for (const positions of groups) report.filled += fillGroup(state, step, field, positions);
	}
}

function fillGroup(state: CleanState, step: MissingStep, field: string, positions: number[]): number {
	const { isMissing } = state;
	const column = state.column(field);
	/** Sets `value` at every position `k` of the group where `where(k)`; how many. */
	const fillWith = (value: unknown, where: (k: number) => boolean): number => {
		if (value === undefined) return 0;
		let filled = 0;
		for (let k = 0; k < positions.length; k++) {
			if (!where(k)) continue;
			state.set(positions[k], field, value);
			filled++;
		}
		return filled;
	};
	switch (step.action) {
		case 'constant':
			return fillWith(step.value ?? null, (k) => isMissing(column[positions[k]]));
		case 'mode': {
			const values = positions.map((i) => column[i]);
			return fillWith(mode(values, isMissing), (k) => isMissing(values[k]));
		}
		case 'mean':
		case 'median':
		case 'min':
		case 'max': {
			const numbers = numericColumn(column, positions, field, isMissing, state.options.nonNumeric, state.sources);
			const statistic = NUMERIC_STATISTICS[step.action](numbers);
			// Non-numeric text counts as missing here (unless the run fails on it), so it is filled too.
			return fillWith(Number.isNaN(statistic) ? undefined : statistic, (k) => Number.isNaN(numbers[k]));
		}
		case 'forwardFill':
		case 'backFill': {
			const values = positions.map((i) => column[i]);
			const fill = step.action === 'forwardFill' ? forwardFill : backFill;
			const result = fill(values, isMissing, step.limit);
			let filled = 0;
			for (let k = 0; k < positions.length; k++) {
				if (result.values[k] === values[k]) continue;
				state.set(positions[k], field, result.values[k]);
				filled++;
			}
			return filled;
		}
		case 'interpolate': {
			const numbers = numericColumn(column, positions, field, isMissing, state.options.nonNumeric, state.sources);
			const result = interpolateLinear(numbers);
			let filled = 0;
			for (let k = 0; k < positions.length; k++) {
				if (!Number.isNaN(numbers[k]) || Number.isNaN(result.values[k])) continue;
				state.set(positions[k], field, result.values[k]);
				filled++;
			}
			return filled;
		}
		default:
			throw new Error(`Unknown missing-value action "${(step as { action: string }).action}"`);
	}
}

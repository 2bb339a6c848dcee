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
			const read = state.reader(field);
			state.report(field);
			for (let i = 0; i < state.records.length; i++) if (isMissing(read(state.records[i])) && state.remove(i)) state.dropped++;
		}
		return;
	}
	const groupBy = step.groupBy ? state.reader(step.groupBy) : undefined;
	const ordered = step.action === 'forwardFill' || step.action === 'backFill' || step.action === 'interpolate';
	const orderBy = ordered && step.orderBy ? state.reader(step.orderBy) : undefined;
	const groups = groupPositions(state.records, groupBy, orderBy);
	for (const field of fields) {
		const report = state.report(field);
		const read = state.reader(field);
		for (const positions of groups) report.filled += fillGroup(state, step, field, read, positions);
	}
}

function fillGroup(
	state: CleanState,
	step: MissingStep,
	field: string,
	read: (row: Record<string, unknown>) => unknown,
	positions: number[],
): number {
	const { records, isMissing } = state;
	const values = positions.map((i) => read(records[i]));
	const fillWith = (value: unknown, where: (k: number) => boolean): number => {
		if (value === undefined) return 0;
		let filled = 0;
		for (let k = 0; k < positions.length; k++) {
			if (!where(k)) continue;
			state.write(positions[k], field, value);
			filled++;
		}
		return filled;
	};
	switch (step.action) {
		case 'constant':
			return fillWith(step.value ?? null, (k) => isMissing(values[k]));
		case 'mode':
			return fillWith(mode(values, isMissing), (k) => isMissing(values[k]));
		case 'mean':
		case 'median':
		case 'min':
		case 'max': {
			const column = numericColumn(records, positions, read, field, isMissing, state.options.nonNumeric, state.sources);
			const statistic = NUMERIC_STATISTICS[step.action](column);
			// Non-numeric text counts as missing here (unless the run fails on it), so it is filled too.
			return fillWith(Number.isNaN(statistic) ? undefined : statistic, (k) => Number.isNaN(column[k]));
		}
		case 'forwardFill':
		case 'backFill': {
			const fill = step.action === 'forwardFill' ? forwardFill : backFill;
			const result = fill(values, isMissing, step.limit);
			let filled = 0;
			for (let k = 0; k < positions.length; k++) {
				if (result.values[k] === values[k]) continue;
				state.write(positions[k], field, result.values[k]);
				filled++;
			}
			return filled;
		}
		case 'interpolate': {
			const column = numericColumn(records, positions, read, field, isMissing, state.options.nonNumeric, state.sources);
			const result = interpolateLinear(column);
			let filled = 0;
			for (let k = 0; k < positions.length; k++) {
				if (!Number.isNaN(column[k]) || Number.isNaN(result.values[k])) continue;
				state.write(positions[k], field, result.values[k]);
				filled++;
			}
			return filled;
		}
		default:
			throw new Error(`Unknown missing-value action "${(step as { action: string }).action}"`);
	}
}

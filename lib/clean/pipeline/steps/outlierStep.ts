import { outlierBounds } from '../../outliers/outlierBounds';
import { mean } from '../../stats/mean';
import { median } from '../../stats/median';
import type { CleanState } from '../cleanState';
import { groupPositions } from '../groups';
import { numericColumn } from '../numericColumn';
import type { OutlierStep } from '../types';

/**
 * Finds the values outside the rule's fences (within each group) and removes their records,
 * caps them at the fence they passed (winsorising), replaces them with the mean or median of
 * the values inside the fences, or only lists the field in the record's flag field.
 */
export function outlierStep(state: CleanState, step: OutlierStep, fields: string[]): void {
	const groups = groupPositions(state.records.length, step.groupBy ? state.column(step.groupBy) : undefined);
	const flagField = step.flagField || '_outliers';
	for (const field of fields) {
		const report = state.report(field);
		const values = state.column(field);
		for (const positions of groups) {
			const column = numericColumn(values, positions, field, state.isMissing, state.options.nonNumeric, state.sources);
			const { low, high } = outlierBounds(column, step.rule);
			const outside = (x: number) => x < low || x > high;
			let replacement = NaN;
			if (step.action === 'mean' || step.action === 'median') {
				const inside = column.filter((x) => !Number.isNaN(x) && !outside(x));
				replacement = step.action === 'mean' ? mean(inside) : median(inside);
			}
			for (let k = 0; k < positions.length; k++) {
				const x = column[k];
				if (Number.isNaN(x) || !outside(x)) continue;
				report.outliersFound++;
				const i = positions[k];
				switch (step.action) {
					case 'remove':
						if (state.remove(i)) state.dropped++;
						break;
					case 'cap':
						state.set(i, field, x < low ? low : high);
						break;
					case 'mean':
					case 'median':
						state.set(i, field, replacement);
						break;
					case 'flag': {
						const earlier = state.column(flagField)[i];
						state.set(i, flagField, Array.isArray(earlier) ? [...(earlier as unknown[]), field] : [field]);
						continue;
					}
				}
				report.outliersHandled++;
			}
		}
	}
}

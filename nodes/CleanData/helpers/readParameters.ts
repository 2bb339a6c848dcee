import type { IDataObject } from 'n8n-workflow';
import type { CleanOptions, FieldSelection } from '../../../lib/clean';
import { splitList } from '../../shared/splitList';


/** The field selection of a rule ("Apply To" and "Fields"). */
export function fieldSelectionOf(rule: IDataObject): FieldSelection {
	if (rule.applyTo === 'number' || rule.applyTo === 'text') return { all: rule.applyTo };
	return splitList(rule.fields);
}

/** The run-wide options of the library from an operation's "Options" collection. */
export function cleanOptionsOf(options: IDataObject): CleanOptions {
	const emptyText = options.emptyText !== false;
	return {
		missing: {
			emptyText,
			whitespace: emptyText,
			tokens: splitList(options.missingWords ?? 'N/A, null, -'),
		},
		nonNumeric: options.nonNumeric === 'fail' ? 'fail' : 'missing',
		issuesField: (options.issuesField as string) || '_validation',
	};
}

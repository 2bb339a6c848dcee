import { dedupeKey } from '../../dedupe/dedupeKey';
import { dedupeRecords } from '../../dedupe/dedupeRecords';
import type { CleanState } from '../cleanState';
import type { DedupeStep } from '../types';

/**
 * Removes duplicate records: records whose key fields (all fields but the issues field when none
 * are named) are equal, exactly or after fingerprinting, keep one of them: the first, the last
 * or the most complete.
 */
export function dedupeStep(state: CleanState, step: DedupeStep): void {
	state.flush();
	const fields = step.fields?.length ? step.fields : allFields(state.records, state.options.issuesField);
	for (const field of fields) state.report(field);
	const key = dedupeKey(fields, step.mode, (record, field) => state.reader(field)(record));
	const { kept } = dedupeRecords(state.records, { key: (record) => key(record), keep: step.keep, isMissing: state.isMissing });
	const keep = new Uint8Array(state.records.length);
	for (const i of kept) keep[i] = 1;
	for (let i = 0; i < keep.length; i++) if (!keep[i] && state.remove(i)) state.duplicatesRemoved++;
}

function allFields(records: Record<string, unknown>[], except: string): string[] {
	const fields = new Set<string>();
	for (const record of records) for (const key of Object.keys(record)) fields.add(key);
	fields.delete(except);
	return [...fields].sort();
}

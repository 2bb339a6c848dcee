import { fieldReader, setField, type Row } from '../../core/record';
import type { CleanOptions, FieldReport, RecordIssue } from './types';

const EMPTY_REPORT: FieldReport = {
	count: 0,
	missingBefore: 0,
	missingAfter: 0,
	filled: 0,
	outliersFound: 0,
	outliersHandled: 0,
	smoothed: 0,
	normalised: 0,
	invalid: 0,
	distinct: 0,
};

/**
 * The records while the steps run, with what the report needs. Records are copied on their
 * first write only, so input items are never changed and untouched records cost nothing.
 * A step marks records to remove; `compact` takes them out between steps, so every step sees
 * positions 0..n-1 and `sources[i]` keeps the input index for pairing.
 */
export class CleanState {
	records: Row[];
	sources: number[];
	private copied: Uint8Array;
	private removed: Uint8Array;
	private removedCount = 0;
	/** Issues per current position, for records that have some. */
	issues: Array<RecordIssue[] | undefined>;
	/** Records routed apart as invalid, in the order they were found. */
	readonly invalid: Array<{ record: Row; source: number; issues: RecordIssue[] }> = [];
	readonly fields = new Map<string, FieldReport>();
	/** Per field, the input records whose value a step or rule found invalid. */
	readonly invalidValues = new Map<string, Set<number>>();
	dropped = 0;
	duplicatesRemoved = 0;
	private readers = new Map<string, (row: Row) => unknown>();

	constructor(
		readonly input: Row[],
		readonly isMissing: (value: unknown) => boolean,
		readonly options: Required<Pick<CleanOptions, 'nonNumeric' | 'issuesField'>>,
	) {
		this.records = input.slice();
		this.sources = input.map((_, i) => i);
		this.copied = new Uint8Array(input.length);
		this.removed = new Uint8Array(input.length);
		this.issues = new Array(input.length);
	}

	/** A reader for `field` that never returns inherited properties (cached per field). */
	reader(field: string): (row: Row) => unknown {
		let read = this.readers.get(field);
		if (!read) {
			read = fieldReader(field);
			this.readers.set(field, read);
		}
		return read;
	}

	/** The report entry of `field`, made on first use with the field's missing count in the input. */
	report(field: string): FieldReport {
		let entry = this.fields.get(field);
		if (!entry) {
			const read = this.reader(field);
			let missing = 0;
			for (const row of this.input) if (this.isMissing(read(row))) missing++;
			entry = { ...EMPTY_REPORT, count: this.input.length, missingBefore: missing };
			this.fields.set(field, entry);
		}
		return entry;
	}

	/** Sets a field of the record at position `i`, copying the record first if it is still an input one. */
	write(i: number, field: string, value: unknown): void {
		if (!this.copied[i]) {
			this.records[i] = { ...this.records[i] };
			this.copied[i] = 1;
		}
		setField(this.records[i], field, value);
	}

	/**
	 * Adds an issue to the record at position `i` (it reaches the issues field at the end) and
	 * counts the field's value as invalid once, however many steps or rules find it so. A second
	 * issue of the same field and rule (a normaliser, then a rule, both finding a bad email) is
	 * not repeated.
	 */
	addIssue(i: number, issue: RecordIssue): void {
		let sources = this.invalidValues.get(issue.field);
		if (!sources) this.invalidValues.set(issue.field, (sources = new Set()));
		sources.add(this.sources[i]);
		const issues = (this.issues[i] ??= []);
		if (!issues.some((known) => known.field === issue.field && known.rule === issue.rule)) issues.push(issue);
	}

	/** Marks the record at position `i` for removal after this step; false if it already was. */
	remove(i: number): boolean {
		if (this.removed[i]) return false;
		this.removed[i] = 1;
		this.removedCount++;
		return true;
	}

	isRemoved(i: number): boolean {
		return this.removed[i] === 1;
	}

	/** Moves the record at position `i` to the invalid list (with its issues) and removes it. */
	routeInvalid(i: number): void {
		if (this.removed[i]) return;
		this.remove(i);
		const issues = this.issues[i] ?? [];
		this.writeIssues(i);
		this.invalid.push({ record: this.records[i], source: this.sources[i], issues });
	}

	/** Writes the issues of position `i` into the record's issues field (appending to any there). */
	writeIssues(i: number): void {
		const issues = this.issues[i];
		if (!issues) return;
		const field = this.options.issuesField;
		const earlier = this.reader(field)(this.records[i]);
		this.write(i, field, Array.isArray(earlier) ? [...(earlier as unknown[]), ...issues] : issues);
		this.issues[i] = undefined;
	}

	/** Takes the removed records out; positions, copies and issues move with their records. */
	compact(): void {
		if (this.removedCount === 0) return;
		const keep = this.records.length - this.removedCount;
		const records: Row[] = new Array(keep);
		const sources: number[] = new Array(keep);
		const copied = new Uint8Array(keep);
		const issues: Array<RecordIssue[] | undefined> = new Array(keep);
		let j = 0;
		for (let i = 0; i < this.records.length; i++) {
			if (this.removed[i]) continue;
			records[j] = this.records[i];
			sources[j] = this.sources[i];
			copied[j] = this.copied[i];
			issues[j] = this.issues[i];
			j++;
		}
		this.records = records;
		this.sources = sources;
		this.copied = copied;
		this.issues = issues;
		this.removed = new Uint8Array(keep);
		this.removedCount = 0;
	}
}

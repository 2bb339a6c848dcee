import { fieldReader, isPrototypeKey, setField, type Row } from '../../core/record';
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
};

/** A field's values at the current positions, which of them are missing, and which a step set. */
interface Column {
	values: unknown[];
	/** 1 where the value is missing, kept up to date by `set`: steps and the report read it instead of testing each value again. */
	missing: Uint8Array;
	missingCount: number;
	/** 1 where a step set the value: only those are written into the record. */
	set: Uint8Array;
	/** Whether any value was set since the last flush. */
	changed: boolean;
	/** Whether any value was ever set (its missing count in the input then has to be read from the input). */
	everChanged: boolean;
}

/**
 * The records while the steps run, with what the report needs.
 *
 * Steps work on columns: a field's values are read out of the records once (`column`), changed
 * in place (`set`), and written back by `flush`, which copies each changed record once, so
 * input items are never changed and untouched records cost nothing. (Reading `row[field]` for
 * every value in every step, for fields that change from call to call, was the main cost of a
 * run.) Steps that need whole records (validation, de-duplication) flush first.
 *
 * A step marks records to remove; `compact` takes them out between steps, so every step sees
 * positions 0..n-1 and `sources[i]` keeps the input index for pairing.
 */
export class CleanState {
	records: Row[];
	sources: number[];
	private copied: Uint8Array;
	private removed: Uint8Array;
	private removedCount = 0;
	private columns = new Map<string, Column>();
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
		this.sources = new Array<number>(input.length);
		for (let i = 0; i < input.length; i++) this.sources[i] = i;
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

	/** The values of `field` at the current positions; change them with `set` only. */
	column(field: string): readonly unknown[] {
		return this.columnOf(field).values;
	}

	/** 1 at the positions where `field` is missing (as `isMissing` says), kept up to date by `set`. */
	missingFlags(field: string): Uint8Array {
		return this.columnOf(field).missing;
	}

	/** How many values of `field` are missing at the current positions. */
	missingCount(field: string): number {
		return this.columnOf(field).missingCount;
	}

	private columnOf(field: string): Column {
		let column = this.columns.get(field);
		if (!column) {
			const n = this.records.length;
			const values = new Array<unknown>(n);
			const missing = new Uint8Array(n);
			const records = this.records;
			// Names a row could inherit (toString, __proto__) go through the own-property reader;
			// the others are read in place, a million times without a call each.
			const read = field in Object.prototype ? this.reader(field) : undefined;
			let missingCount = 0;
			for (let i = 0; i < n; i++) {
				const value = read ? read(records[i]) : records[i][field];
				values[i] = value;
				if (this.isMissing(value)) {
					missing[i] = 1;
					missingCount++;
				}
			}
			column = { values, missing, missingCount, set: new Uint8Array(n), changed: false, everChanged: false };
			this.columns.set(field, column);
		}
		return column;
	}

	/**
	 * The report entry of `field`, made on first use with the field's missing count in the input
	 * (from its column while no record has left yet, which is the common case).
	 */
	report(field: string): FieldReport {
		let entry = this.fields.get(field);
		if (!entry) {
			let missing = 0;
			const unchanged = this.records.length === this.input.length && !this.columns.get(field)?.everChanged;
			if (unchanged) {
				missing = this.missingCount(field);
			} else {
				const read = this.reader(field);
				for (const row of this.input) if (this.isMissing(read(row))) missing++;
			}
			entry = { ...EMPTY_REPORT, count: this.input.length, missingBefore: missing };
			this.fields.set(field, entry);
		}
		return entry;
	}

	/** Sets a field of the record at position `i`; the record is copied and written at `flush`. */
	set(i: number, field: string, value: unknown): void {
		this.setter(field)(i, value);
	}

	/**
	 * A function setting `field` at a position, bound to its column once: a step setting a
	 * million values then skips a million lookups of the column by name.
	 */
	setter(field: string): (i: number, value: unknown) => void {
		const column = this.columnOf(field);
		const isMissing = this.isMissing;
		return (i, value) => {
			column.values[i] = value;
			column.set[i] = 1;
			column.changed = true;
			column.everChanged = true;
			const missing = isMissing(value) ? 1 : 0;
			column.missingCount += missing - column.missing[i];
			column.missing[i] = missing;
		};
	}

	/** Writes every value set since the last flush into its record, copying input records first. */
	flush(): void {
		for (const [field, column] of this.columns) {
			if (!column.changed) continue;
			// `setField` guards `__proto__` and friends; other names take the plain (fast) assignment.
			const guarded = isPrototypeKey(field);
			for (let i = 0; i < column.set.length; i++) {
				if (!column.set[i]) continue;
				if (!this.copied[i]) {
					this.records[i] = { ...this.records[i] };
					this.copied[i] = 1;
				}
				if (guarded) setField(this.records[i], field, column.values[i]);
				else this.records[i][field] = column.values[i];
			}
			column.set.fill(0);
			column.changed = false;
		}
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

	/** Moves the record at position `i` to the invalid list (with its issues) and removes it. */
	routeInvalid(i: number): void {
		if (this.removed[i]) return;
		this.remove(i);
		const issues = this.issues[i] ?? [];
		this.writeIssues(i);
		// The record leaves now, so it takes the values set so far with it.
		const record = { ...this.records[i] };
		for (const [field, column] of this.columns) if (column.set[i]) setField(record, field, column.values[i]);
		this.invalid.push({ record, source: this.sources[i], issues });
	}

	/** Sets the issues of position `i` into the record's issues field (appending to any there). */
	writeIssues(i: number): void {
		const issues = this.issues[i];
		if (!issues) return;
		const field = this.options.issuesField;
		const earlier = this.column(field)[i];
		this.set(i, field, Array.isArray(earlier) ? [...(earlier as unknown[]), ...issues] : issues);
		this.issues[i] = undefined;
	}

	/** Takes the removed records out; positions, copies, columns and issues move with their records. */
	compact(): void {
		if (this.removedCount === 0) return;
		const keep = this.records.length - this.removedCount;
		const at = new Int32Array(keep);
		let j = 0;
		for (let i = 0; i < this.records.length; i++) if (!this.removed[i]) at[j++] = i;
		const pick = <T>(list: T[]): T[] => Array.from(at, (i) => list[i]);
		this.records = pick(this.records);
		this.sources = pick(this.sources);
		this.issues = pick(this.issues);
		this.copied = Uint8Array.from(at, (i) => this.copied[i]);
		for (const column of this.columns.values()) {
			const { set, missing } = column;
			column.values = pick(column.values);
			column.set = Uint8Array.from(at, (i) => set[i]);
			column.missing = Uint8Array.from(at, (i) => missing[i]);
			let count = 0;
			for (let i = 0; i < keep; i++) count += column.missing[i];
			column.missingCount = count;
		}
		this.removed = new Uint8Array(keep);
		this.removedCount = 0;
	}
}

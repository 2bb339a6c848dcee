/** Small helpers shared by the benchmark scripts: timing, medians, number formatting. */
'use strict';

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds since `start` (a `process.hrtime.bigint()`). */
function msSince(start) {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** 1234567 → "1,234,567"; 0.8123 with digits=2 → "0.81". */
function fmt(value, digits = 0) {
	if (value === undefined || value === null || Number.isNaN(value)) return 'n/a';
	return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function mb(bytes) {
	return bytes === undefined || bytes === null ? 'n/a' : `${fmt(bytes / 1024 / 1024, 0)} MB`;
}

/** A plain-text table: first row is the header; columns padded, numbers right-aligned. */
function table(rows) {
	const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => String(r[j]).length)));
	const line = (r) => r.map((c, j) => (/^[\d.,×x%+-]+( MB|×| ms| s)?$/.test(String(c)) && j > 0 ? String(c).padStart(widths[j]) : String(c).padEnd(widths[j]))).join('  ');
	return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same rows as a Markdown table. */
function markdown(rows) {
	const esc = (c) => String(c).replace(/\|/g, '\\|');
	return [
		`| ${rows[0].map(esc).join(' | ')} |`,
		`|${rows[0].map((_, j) => (j === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
		...rows.slice(1).map((r) => `| ${r.map(esc).join(' | ')} |`),
	].join('\n');
}

module.exports = { median, msSince, fmt, mb, table, markdown };

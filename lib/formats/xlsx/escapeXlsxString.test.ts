import fc from 'fast-check';
import { escapeXlsxString } from './escapeXlsxString';

/** How read-excel-file (and Excel) decode `_xHHHH_`: left to right, matches not overlapping. */
const unescape = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** What write-excel-file removes from text (its INVALID and DISCOURAGED sets, widened). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

describe('escapeXlsxString', () => {
	test('leaves ordinary text alone', () => {
		expect(escapeXlsxString('Ada Lovelace, née Byron 😀\t\n')).toBe('Ada Lovelace, née Byron 😀\t\n');
		expect(escapeXlsxString('snake_case_x12')).toBe('snake_case_x12');
	});

	test('escapes control characters, CR and characters XML cannot hold', () => {
		expect(escapeXlsxString('a\u0001b\rc\u007Fd\uFFFEe\uD800')).toBe('a_x0001_b_x000D_c_x007F_d_xFFFE_e_xD800_');
		expect(escapeXlsxString('\uD83F\uDFFE')).toBe('_xD83F__xDFFE_');
	});

	test('escapes an underscore that would start an escape sequence', () => {
		expect(escapeXlsxString('_x0041_')).toBe('_x005F_x0041_');
		expect(escapeXlsxString('_x0041_x0042_')).toBe('_x005F_x0041_x005F_x0042_');
		expect(escapeXlsxString('_x0041\u0001')).toBe('_x005F_x0041_x0001_');
		expect(escapeXlsxString('_x004')).toBe('_x004');
	});

	test('escapes the first character of Object.prototype names (a write-excel-file shared-string bug)', () => {
		expect(escapeXlsxString('constructor')).toBe('_x0063_onstructor');
		expect(escapeXlsxString('__proto__')).toBe('_x005F__proto__');
		expect(escapeXlsxString('toString')).toBe('_x0074_oString');
		expect(escapeXlsxString('Constructor')).toBe('Constructor');
		for (const name of Object.getOwnPropertyNames(Object.prototype)) {
			const escaped = escapeXlsxString(name);
			expect(escaped in Object.prototype).toBe(false);
			expect(unescape(escaped)).toBe(name);
		}
	});

	test('decodes back to the original, and leaves nothing the writer would drop', () => {
		const unit = fc.oneof(fc.constantFrom('_', 'x', 'X', '0', '4', '1', 'F', '_x', '_x0041_', '\r', '\u0001', '\uD83F\uDFFE', '\uFFFD', 'constructor', '__proto__'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
				const escaped = escapeXlsxString(s);
				expect(unescape(escaped)).toBe(s);
				expect(DROPPED.test(escaped)).toBe(false);
				expect(escaped in Object.prototype).toBe(false);
			}),
			{ numRuns: 2000 },
		);
	});
});

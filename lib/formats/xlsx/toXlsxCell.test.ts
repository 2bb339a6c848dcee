import { FormatError } from '../../core/formatError';
import { MAX_CELL_CHARACTERS, toXlsxCell } from './toXlsxCell';

describe('toXlsxCell', () => {
	test('keeps finite numbers, booleans and dates typed', () => {
		const date = new Date('2024-01-31T12:00:00.000Z');
		expect(toXlsxCell(1.5, {})).toBe(1.5);
		expect(toXlsxCell(-2e-300, {})).toBe(-2e-300);
		expect(toXlsxCell(true, {})).toBe(true);
		expect(toXlsxCell(date, {})).toBe(date);
	});

	test('writes strings as escaped text, and the empty string as an empty cell', () => {
		expect(toXlsxCell('Ada', {})).toBe('Ada');
		expect(toXlsxCell('a\rb', {})).toBe('a_x000D_b');
		expect(toXlsxCell('', {})).toBeNull();
	});

	test('writes non-finite numbers, bigints, objects and arrays as text', () => {
		expect(toXlsxCell(NaN, {})).toBe('NaN');
		expect(toXlsxCell(-Infinity, {})).toBe('-Infinity');
		expect(toXlsxCell(12345678901234567890n, {})).toBe('12345678901234567890');
		expect(toXlsxCell({ a: [1, 'x'] }, {})).toBe('{"a":[1,"x"]}');
		expect(toXlsxCell([], {})).toBe('[]');
	});

	test('leaves null, undefined, functions and symbols empty', () => {
		for (const value of [null, undefined, () => 1, Symbol('s')]) expect(toXlsxCell(value, {})).toBeNull();
	});

	test('refuses invalid dates and text longer than a cell holds, saying where', () => {
		expect(() => toXlsxCell(new Date('x'), { row: 2, field: 'due' })).toThrow(new FormatError('Invalid date', { row: 2, field: 'due' }));
		expect(toXlsxCell('x'.repeat(MAX_CELL_CHARACTERS), {})).toHaveLength(MAX_CELL_CHARACTERS);
		expect(() => toXlsxCell('x'.repeat(MAX_CELL_CHARACTERS + 1), { row: 2, field: 'note' })).toThrow(/32767 characters.*\(row 2, field "note"\)/);
	});
});

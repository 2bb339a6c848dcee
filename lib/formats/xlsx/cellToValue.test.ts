import { FormatError } from '../../core/formatError';
import { cellToValue } from './cellToValue';

describe('cellToValue', () => {
	test('keeps strings, numbers and booleans', () => {
		expect(cellToValue('  x ', {})).toBe('  x ');
		expect(cellToValue(1.5, {})).toBe(1.5);
		expect(cellToValue(false, {})).toBe(false);
	});

	test('gives null for empty cells', () => {
		expect(cellToValue(null, {})).toBeNull();
		expect(cellToValue(undefined, {})).toBeNull();
	});

	test('writes dates as full ISO 8601 in UTC, date-only ones too', () => {
		expect(cellToValue(new Date(Date.UTC(2024, 0, 31)), {})).toBe('2024-01-31T00:00:00.000Z');
		expect(cellToValue(new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)), {})).toBe('1999-12-31T23:59:59.999Z');
	});

	test('refuses an invalid date, saying where', () => {
		expect(() => cellToValue(new Date(NaN), { sheet: 'S', row: 3, field: 'due' })).toThrow(new FormatError('Date out of range', { sheet: 'S', row: 3, field: 'due' }));
		expect(() => cellToValue(new Date(NaN), { row: 3 })).toThrow('Date out of range (row 3)');
	});
});

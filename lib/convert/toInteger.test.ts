import { toInteger } from './toInteger';

const value = (input: unknown, options = {}) => {
	const result = toInteger(input, options);
	return result.ok ? result.value : result.reason;
};

describe('toInteger', () => {
	it('accepts whole numbers and number text', () => {
		expect(value(42)).toBe(42);
		expect(value('42')).toBe(42);
		expect(value('1.234', { locale: 'de' })).toBe(1234);
		expect(value('1,234,567')).toBe(1234567);
		expect(value('12.0')).toBe(12);
		expect(value('1e3')).toBe(1000);
	});

	it('fails on a fraction by default', () => {
		expect(value('12.5')).toBe('"12.5" is not a whole number');
		expect(value(0.1)).toBe('0.1 is not a whole number');
		expect(value('12.5', { round: 'none' })).toBe('"12.5" is not a whole number');
	});

	it('rounds when asked', () => {
		expect(value('12.5', { round: 'round' })).toBe(13);
		expect(value('-12.5', { round: 'round' })).toBe(-13);
		expect(value('12.4', { round: 'round' })).toBe(12);
		expect(value('12.9', { round: 'floor' })).toBe(12);
		expect(value('-12.1', { round: 'floor' })).toBe(-13);
		expect(value('12.1', { round: 'ceil' })).toBe(13);
	});

	it('never returns -0', () => {
		expect(Object.is(value('-0.4', { round: 'round' }), 0)).toBe(true);
		expect(Object.is(value('-0'), 0)).toBe(true);
	});

	it('passes on number failures', () => {
		expect(value('abc')).toBe('"abc" is not a number');
		expect(value('1,234')).toMatch(/ambiguous/);
	});

	it('refuses integers beyond exact precision', () => {
		expect(value('1e30')).toBe('"1e30" is too large to be an exact whole number');
		expect(value(2 ** 53)).toBe('9007199254740992 is too large to be an exact whole number');
		expect(value(2 ** 53 - 1)).toBe(2 ** 53 - 1);
	});
});

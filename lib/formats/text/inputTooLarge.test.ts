import { FormatError } from '../../core/formatError';
import { exceedsUtf8Bytes, inputTooLarge } from './inputTooLarge';

describe('inputTooLarge', () => {
	it('is a FormatError naming the limit', () => {
		const error = inputTooLarge(1024);
		expect(error).toBeInstanceOf(FormatError);
		expect(error.message).toBe('The input is larger than the limit of 1024 bytes (maxInputBytes)');
	});
});

describe('exceedsUtf8Bytes', () => {
	it('counts UTF-8 bytes, not characters', () => {
		expect(exceedsUtf8Bytes('héllo', 5)).toBe(true);
		expect(exceedsUtf8Bytes('héllo', 6)).toBe(false);
		expect(exceedsUtf8Bytes('hello', 5)).toBe(false);
		expect(exceedsUtf8Bytes('€', 2)).toBe(true);
		expect(exceedsUtf8Bytes('€€', 6)).toBe(false);
	});

	it('decides on length alone when it can', () => {
		expect(exceedsUtf8Bytes('abcdef', 5)).toBe(true);
		expect(exceedsUtf8Bytes('', 0)).toBe(false);
	});
});

import { lineNumberAt } from './lineNumberAt';

describe('lineNumberAt', () => {
	test('counts the LFs before the offset', () => {
		const text = 'a\nb\r\nc';
		expect(lineNumberAt(text, 0)).toBe(1);
		expect(lineNumberAt(text, 1)).toBe(1);
		expect(lineNumberAt(text, 2)).toBe(2);
		expect(lineNumberAt(text, 3)).toBe(2);
		expect(lineNumberAt(text, 5)).toBe(3);
	});

	test('is 1 for text without line breaks', () => {
		expect(lineNumberAt('abc', 2)).toBe(1);
		expect(lineNumberAt('', 0)).toBe(1);
	});
});

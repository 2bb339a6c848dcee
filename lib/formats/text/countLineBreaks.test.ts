import { countLineBreaks } from './countLineBreaks';

describe('countLineBreaks', () => {
	it('counts LF, CRLF and lone CR once each', () => {
		expect(countLineBreaks('a\r\nb\nc\rd')).toBe(3);
		expect(countLineBreaks('\r\n\r\n')).toBe(2);
		expect(countLineBreaks('\n\r')).toBe(2);
		expect(countLineBreaks('\r\r\n')).toBe(2);
	});

	it('counts nothing in text without breaks', () => {
		expect(countLineBreaks('')).toBe(0);
		expect(countLineBreaks('abc')).toBe(0);
	});

	it('only looks before end', () => {
		expect(countLineBreaks('a\nb\nc', 3)).toBe(1);
		expect(countLineBreaks('a\nb\nc', 4)).toBe(2);
		expect(countLineBreaks('a\nb\nc', 0)).toBe(0);
	});

	it('counts a CR just before end as a break', () => {
		expect(countLineBreaks('a\r\nb', 2)).toBe(1);
	});
});

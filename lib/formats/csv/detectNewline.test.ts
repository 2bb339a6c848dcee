import { detectNewline } from './detectNewline';

describe('detectNewline', () => {
	it('finds LF, CRLF and CR', () => {
		expect(detectNewline('a,b\n1,2\n')).toBe('\n');
		expect(detectNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
		expect(detectNewline('a,b\r1,2\r')).toBe('\r');
	});

	it('skips line breaks inside quoted fields', () => {
		expect(detectNewline('"x\ny",b\r1,2\r')).toBe('\r');
		expect(detectNewline('a;"x\r\n""y"""\n')).toBe('\n');
	});

	it('defaults to LF', () => {
		expect(detectNewline('')).toBe('\n');
		expect(detectNewline('a,b')).toBe('\n');
	});
});

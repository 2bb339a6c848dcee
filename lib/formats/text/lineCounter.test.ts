import { countLineBreaks } from './countLineBreaks';
import { LineCounter } from './lineCounter';

describe('LineCounter', () => {
	it('starts on line 1', () => {
		expect(new LineCounter().line).toBe(1);
	});

	it('adds up the breaks of each piece', () => {
		const lines = new LineCounter();
		lines.add('a\nb\n');
		lines.add('c\r\nd');
		expect(lines.line).toBe(4);
	});

	it('counts a CRLF split between pieces once', () => {
		const lines = new LineCounter();
		lines.add('a\r');
		expect(lines.line).toBe(2);
		lines.add('\nb\n');
		expect(lines.line).toBe(3);
	});

	it('gives the line of an offset in the next piece without counting it', () => {
		const lines = new LineCounter();
		lines.add('a\n');
		expect(lines.lineAt('x\ny\nz', 0)).toBe(2);
		expect(lines.lineAt('x\ny\nz', 2)).toBe(3);
		expect(lines.lineAt('x\ny\nz', 4)).toBe(4);
		expect(lines.line).toBe(2);
	});

	it('agrees with counting the whole text at once, however it is cut', () => {
		const text = 'a\r\nb\rc\n\r\n\rd\n';
		for (let cut = 0; cut <= text.length; cut++) {
			const lines = new LineCounter();
			lines.add(text.slice(0, cut));
			lines.add(text.slice(cut));
			expect(lines.line).toBe(countLineBreaks(text) + 1);
		}
	});
});

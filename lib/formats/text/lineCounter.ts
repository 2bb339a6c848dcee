import { countLineBreaks } from './countLineBreaks';

/**
 * Keeps the line number across the chunks of a stream, so a reader can name the line of a
 * problem without holding the text before it. A `\r\n` split between two chunks counts once.
 *
 * @example
 * const lines = new LineCounter();
 * lines.add('a\r');
 * lines.add('\nb\n');
 * lines.line; // 3: the next character is on line 3
 * lines.lineAt('x\ny', 2); // 4
 */
export class LineCounter {
	private breaks = 0;
	private endsWithCr = false;

	/** 1-based line of the character after the text counted so far. */
	get line(): number {
		return this.breaks + 1;
	}

	/** Counts the line breaks of `text` before `end`, the next piece of the stream. */
	add(text: string, end: number = text.length): void {
		if (end <= 0) return;
		this.breaks += this.breaksIn(text, end);
		this.endsWithCr = text.charCodeAt(end - 1) === 13;
	}

	/** The line of `text[offset]`, where `text` is the piece that follows what was counted. */
	lineAt(text: string, offset: number): number {
		return this.breaks + 1 + (offset > 0 ? this.breaksIn(text, offset) : 0);
	}

	private breaksIn(text: string, end: number): number {
		// The \r that ended the previous piece was counted as a break; its \n is not another one.
		const joinsCrLf = this.endsWithCr && text.charCodeAt(0) === 10;
		return countLineBreaks(text, end) - (joinsCrLf ? 1 : 0);
	}
}

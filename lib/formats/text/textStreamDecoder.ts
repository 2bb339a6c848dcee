import { FormatError } from '../../core/formatError';
import { decodeLatin1 } from './decodeLatin1';
import { firstInvalidUtf16le, firstInvalidUtf8, type InvalidSequence } from './invalidSequence';
import { LineCounter } from './lineCounter';
import type { DecodeOptions, TextEncodingName } from './types';

const EMPTY = new Uint8Array(0);

/**
 * Decodes a byte stream chunk by chunk: a character split between two chunks comes out whole,
 * a UTF-8 or UTF-16LE byte order mark at the start is dropped, and with `invalid: 'fail'` (the
 * default) a byte that is not valid in the encoding stops decoding with a FormatError naming
 * its line and byte offset. Without `encoding`, a UTF-16LE byte order mark selects UTF-16LE,
 * anything else is read as UTF-8.
 *
 * The heavy lifting is the native `TextDecoder` (`fatal` + `stream`); this class only keeps
 * what it needs to say where a problem is: the line count and the last three bytes.
 *
 * @example
 * const decoder = new TextStreamDecoder();
 * decoder.write(new Uint8Array([0x63, 0x61, 0x66, 0xc3])); // 'caf'
 * decoder.write(new Uint8Array([0xa9])); // 'é'
 * decoder.end(); // ''
 */
export class TextStreamDecoder {
	private readonly fail: boolean;
	private encoding: TextEncodingName | undefined;
	private decoder: InstanceType<typeof TextDecoder> | undefined;
	/** The first bytes, held until there are enough to recognise a byte order mark. */
	private held: Uint8Array | undefined;
	private readonly lines = new LineCounter();
	private bytesBefore = 0;
	/** The last bytes written: an invalid sequence may have started in the previous chunk. */
	private tail: Uint8Array = EMPTY;

	constructor(options: DecodeOptions = {}) {
		this.fail = (options.invalid ?? 'fail') === 'fail';
		if (options.encoding) this.start(options.encoding);
	}

	/** Decodes the next chunk; bytes of a character not yet complete wait for the next one. */
	write(chunk: Uint8Array): string {
		if (!this.encoding) {
			const bytes = this.held ? concat(this.held, chunk) : chunk;
			if (bytes.length < 3) {
				this.held = bytes.slice();
				return '';
			}
			this.held = undefined;
			this.start(sniffEncoding(bytes));
			return this.decode(bytes, true);
		}
		return this.decode(chunk, true);
	}

	/** Decodes what is left; bytes of an unfinished character are invalid. */
	end(): string {
		if (!this.encoding) {
			const bytes = this.held ?? EMPTY;
			this.held = undefined;
			this.start(sniffEncoding(bytes));
			return this.decode(bytes, false);
		}
		return this.decode(EMPTY, false);
	}

	private start(encoding: TextEncodingName): void {
		this.encoding = encoding;
		if (encoding !== 'latin1') this.decoder = new TextDecoder(encoding, { fatal: this.fail });
	}

	private decode(chunk: Uint8Array, stream: boolean): string {
		let text: string;
		if (!this.decoder) text = decodeLatin1(chunk);
		else {
			try {
				text = this.decoder.decode(chunk, { stream });
			} catch (error) {
				// A TypeError is how TextDecoder says "invalid bytes"; checked by name, because
				// it comes from another realm under test runners, where instanceof fails.
				if ((error as Error)?.name === 'TypeError') throw this.invalidBytes(chunk);
				throw error;
			}
		}
		// Single-byte encodings and 'replace' cannot fail, so they need no bookkeeping.
		if (this.fail && this.encoding !== 'latin1' && this.encoding !== 'windows-1252') {
			this.lines.add(text);
			this.tail = lastBytes(this.tail, chunk, 3);
		}
		this.bytesBefore += chunk.length;
		return text;
	}

	private invalidBytes(chunk: Uint8Array): FormatError {
		const utf8 = this.encoding === 'utf-8';
		const carried = utf8 ? pendingUtf8(this.tail) : pendingUtf16le(this.tail, this.bytesBefore);
		const bytes = concat(this.tail.subarray(this.tail.length - carried), chunk);
		const found: InvalidSequence = (utf8 ? firstInvalidUtf8(bytes) : firstInvalidUtf16le(bytes)) ?? {
			offset: 0,
			truncated: false,
		};
		const before = new TextDecoder(this.encoding).decode(bytes.subarray(0, found.offset));
		const line = this.lines.lineAt(before, before.length);
		const offset = this.bytesBefore - carried + found.offset;
		const name = utf8 ? 'UTF-8' : 'UTF-16LE';
		const what = found.truncated
			? `Incomplete ${name} character at the end of the input`
			: `Invalid ${name} byte 0x${hex(bytes[found.offset])}`;
		return new FormatError(`${what}, byte offset ${offset}`, { line });
	}
}

function sniffEncoding(bytes: Uint8Array): TextEncodingName {
	return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
}

/** How many bytes at the end of `tail` begin a UTF-8 character still waiting for the rest. */
function pendingUtf8(tail: Uint8Array): number {
	for (let k = 1; k <= tail.length; k++) {
		const byte = tail[tail.length - k];
		if (byte >= 0x80 && byte < 0xc0) continue; // continuation byte: look further back
		const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return length > k ? k : 0;
	}
	return 0;
}

/** Bytes at the end of a UTF-16LE stream of `total` bytes that wait for the rest of a character. */
function pendingUtf16le(tail: Uint8Array, total: number): number {
	const odd = total % 2;
	const unitEnd = tail.length - odd;
	if (unitEnd < 2) return odd;
	const lastUnit = tail[unitEnd - 2] | (tail[unitEnd - 1] << 8);
	return odd + (lastUnit >= 0xd800 && lastUnit <= 0xdbff ? 2 : 0);
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array, count: number): Uint8Array {
	if (chunk.length >= count) return chunk.slice(chunk.length - count);
	const joined = concat(previous, chunk);
	return joined.slice(Math.max(0, joined.length - count));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b;
	const joined = new Uint8Array(a.length + b.length);
	joined.set(a);
	joined.set(b, a.length);
	return joined;
}

function hex(byte: number | undefined): string {
	return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

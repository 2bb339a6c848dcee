import { FormatError } from '../../core/formatError';
import { decodeLatin1 } from './decodeLatin1';
import { decodeWindows1252 } from './decodeWindows1252';
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
 * The bytes of an unfinished character at the end of a chunk are carried over to the next one
 * and each chunk is decoded whole. `TextDecoder`'s own `stream` mode would do that too, but in
 * Node it returns two-byte strings even for ASCII, which doubles the memory of every value cut
 * from them and makes parsing them about twice as slow.
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
	/** Bytes of an unfinished character (or, before the encoding is known, of a possible BOM). */
	private carry: Uint8Array = EMPTY;
	/** Bytes decoded (or skipped as BOM) so far: the offset of `carry`. */
	private offset = 0;
	private started = false;
	private readonly lines = new LineCounter();

	constructor(options: DecodeOptions = {}) {
		this.fail = (options.invalid ?? 'fail') === 'fail';
		if (options.encoding) this.use(options.encoding);
	}

	/** Decodes the next chunk; bytes of a character not yet complete wait for the next one. */
	write(chunk: Uint8Array): string {
		const bytes = this.carry.length ? concat(this.carry, chunk) : chunk;
		if (!this.started) {
			// Three bytes tell a UTF-8 BOM, and two a UTF-16LE one, from text.
			if (bytes.length < 3) {
				this.carry = bytes.slice();
				return '';
			}
			return this.decode(this.skipBom(bytes), false);
		}
		return this.decode(bytes, false);
	}

	/** Decodes what is left; bytes of an unfinished character are invalid. */
	end(): string {
		const bytes = this.started ? this.carry : this.skipBom(this.carry);
		this.carry = EMPTY;
		return this.decode(bytes, true);
	}

	private use(encoding: TextEncodingName): void {
		this.encoding = encoding;
		// ignoreBOM: each chunk is decoded as a fresh stream, and a U+FEFF inside the text is text.
		if (encoding === 'utf-8' || encoding === 'utf-16le') {
			this.decoder = new TextDecoder(encoding, { fatal: this.fail, ignoreBOM: true });
		}
	}

	private skipBom(bytes: Uint8Array): Uint8Array {
		this.started = true;
		const utf16Bom = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
		if (!this.encoding) this.use(utf16Bom ? 'utf-16le' : 'utf-8');
		let bom = 0;
		if (this.encoding === 'utf-16le' && utf16Bom) bom = 2;
		if (this.encoding === 'utf-8' && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = 3;
		this.offset += bom;
		return bom ? bytes.subarray(bom) : bytes;
	}

	private decode(bytes: Uint8Array, last: boolean): string {
		if (!this.decoder) {
			// Single-byte encodings: every byte is a character, nothing is carried or invalid.
			this.carry = EMPTY;
			this.offset += bytes.length;
			return this.encoding === 'latin1' ? decodeLatin1(bytes) : decodeWindows1252(bytes);
		}
		const pending = last ? 0 : this.unfinished(bytes);
		const whole = pending ? bytes.subarray(0, bytes.length - pending) : bytes;
		let text: string;
		try {
			text = this.decoder.decode(whole);
		} catch (error) {
			// A TypeError is how TextDecoder says "invalid bytes"; checked by name, because
			// it comes from another realm under test runners, where instanceof fails.
			if ((error as Error)?.name === 'TypeError') throw this.invalidBytes(whole);
			throw error;
		}
		this.carry = pending ? bytes.slice(bytes.length - pending) : EMPTY;
		this.offset += whole.length;
		// With 'replace' nothing fails, so no line count is needed.
		if (this.fail) this.lines.add(text);
		return text;
	}

	/** How many bytes at the end of `bytes` begin a character that is not complete yet. */
	private unfinished(bytes: Uint8Array): number {
		const n = bytes.length;
		if (this.encoding === 'utf-8') {
			// Look back over continuation bytes (10xxxxxx) to the lead byte of the last character.
			for (let k = 1; k <= 4 && k <= n; k++) {
				const byte = bytes[n - k];
				if (byte >= 0x80 && byte < 0xc0) continue;
				const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
				return length > k ? k : 0;
			}
			return 0;
		}
		if (this.encoding === 'utf-16le') {
			const odd = n % 2;
			if (n - odd < 2) return odd;
			const lastUnit = bytes[n - odd - 2] | (bytes[n - odd - 1] << 8);
			return odd + (lastUnit >= 0xd800 && lastUnit <= 0xdbff ? 2 : 0);
		}
		return 0;
	}

	private invalidBytes(bytes: Uint8Array): FormatError {
		const utf8 = this.encoding === 'utf-8';
		const found: InvalidSequence = (utf8 ? firstInvalidUtf8(bytes) : firstInvalidUtf16le(bytes)) ?? {
			offset: 0,
			truncated: false,
		};
		const before = (this.decoder as InstanceType<typeof TextDecoder>).decode(bytes.subarray(0, found.offset));
		const line = this.lines.lineAt(before, before.length);
		const name = utf8 ? 'UTF-8' : 'UTF-16LE';
		const what = found.truncated
			? `Incomplete ${name} character at the end of the input`
			: `Invalid ${name} byte 0x${hex(bytes[found.offset])}`;
		return new FormatError(`${what}, byte offset ${this.offset + found.offset}`, { line });
	}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const joined = new Uint8Array(a.length + b.length);
	joined.set(a);
	joined.set(b, a.length);
	return joined;
}

function hex(byte: number | undefined): string {
	return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

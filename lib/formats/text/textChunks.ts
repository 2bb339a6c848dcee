import { inputTooLarge, exceedsUtf8Bytes } from './inputTooLarge';
import { TextStreamDecoder } from './textStreamDecoder';
import type { DecodeOptions } from './types';

/** What the readers accept: text, bytes, or a stream of either (a Node stream is one). */
export type TextInput = string | Uint8Array | AsyncIterable<Uint8Array | string>;

export interface TextChunkOptions extends DecodeOptions {
	/** Refuse inputs with more bytes than this (UTF-8 bytes for text). Default: no limit. */
	maxInputBytes?: number;
	/**
	 * Largest piece yielded, in characters (bytes are decoded this many at a time). Default 1 MiB.
	 * A string or byte array is cut just after a line break when the piece has one, so a
	 * line-based parser rarely has to join a line's start to the next piece.
	 */
	chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/**
 * Turns any reader input into text pieces of at most `chunkSize` characters, decoding bytes
 * with `TextStreamDecoder` and dropping a byte order mark. The pieces are produced as they are
 * asked for, so a reader that stops early (a line over its limit) has not decoded, or even
 * pulled from the stream, the rest of the input. Over `maxInputBytes` it throws before decoding
 * a byte array, or as soon as a stream passes the limit.
 *
 * @example
 * for await (const text of textChunks(buffer, { encoding: 'windows-1252' })) parser.push(text);
 */
export async function* textChunks(input: TextInput, options: TextChunkOptions = {}): AsyncGenerator<string> {
	const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
	const maxBytes = options.maxInputBytes ?? Infinity;
	if (typeof input === 'string') {
		if (exceedsUtf8Bytes(input, maxBytes)) throw inputTooLarge(maxBytes);
		yield* pieces(withoutBom(input), chunkSize);
		return;
	}
	const decoder = new TextStreamDecoder(options);
	if (input instanceof Uint8Array) {
		if (input.length > maxBytes) throw inputTooLarge(maxBytes);
		const utf8 = (options.encoding ?? (input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : 'utf-8')) === 'utf-8';
		for (let start = 0; start < input.length; ) {
			let end = Math.min(start + chunkSize, input.length);
			// 0x0A is "\n" in UTF-8 and the single-byte encodings. In UTF-16 it may be half of a
			// character: harmless, the decoder joins split characters, the cut is just not useful.
			if (end < input.length) {
				// Searched in the window only: lastIndexOf would otherwise scan back to the start.
				const newline = input.subarray(start, end).lastIndexOf(10);
				if (newline !== -1) end = start + newline + 1;
			}
			const window = input.subarray(start, end);
			if (utf8) yield* decodeWideLinesApart(decoder, window);
			else yield* pieces(decoder.write(window), chunkSize);
			start = end;
		}
		yield* pieces(decoder.end(), chunkSize);
		return;
	}
	let bytes = 0;
	let first = true;
	let utf8: boolean | undefined;
	for await (const chunk of input) {
		if (typeof chunk === 'string') {
			bytes += Buffer.byteLength(chunk, 'utf8');
			if (bytes > maxBytes) throw inputTooLarge(maxBytes);
			// Text after bytes: the bytes must have ended on a whole character.
			yield* pieces(decoder.end(), chunkSize);
			yield* pieces(first ? withoutBom(chunk) : chunk, chunkSize);
		} else {
			bytes += chunk.length;
			if (bytes > maxBytes) throw inputTooLarge(maxBytes);
			// Decided on the first bytes, as the decoder does (a UTF-16LE byte order mark).
			utf8 ??= (options.encoding ?? (chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : 'utf-8')) === 'utf-8';
			if (!utf8) yield* pieces(decoder.write(chunk), chunkSize);
			else for (const text of decodeWideLinesApart(decoder, chunk)) yield* pieces(text, chunkSize);
		}
		if (chunk.length > 0) first = false;
	}
	yield* pieces(decoder.end(), chunkSize);
}

/**
 * Decodes a window of UTF-8 `bytes` (at most a piece long) so that each line holding a
 * character above U+00FF comes out as a string of its own, and the text between such lines as
 * other strings. V8 stores a string two bytes per character when one of them is above U+00FF,
 * and so every field a parser cuts from it: decoded apart, the other lines stay one byte per
 * character. Found in the bytes (lead bytes 0xC4 and up start the characters from U+0100 on),
 * which is cheaper than searching the decoded text and copying the narrow parts again.
 */
function* decodeWideLinesApart(decoder: TextStreamDecoder, bytes: Uint8Array): Generator<string> {
	let done = 0;
	for (let lead = wideLeadByte(bytes, 0); lead !== -1; lead = wideLeadByte(bytes, done)) {
		const start = bytes.lastIndexOf(10, lead) + 1;
		const newline = bytes.indexOf(10, lead);
		const end = newline === -1 ? bytes.length : newline + 1;
		if (start > done) {
			const text = decoder.write(bytes.subarray(done, start));
			if (text) yield text;
		}
		const text = decoder.write(bytes.subarray(Math.max(start, done), end));
		if (text) yield text;
		done = end;
	}
	if (done < bytes.length) {
		const text = decoder.write(bytes.subarray(done));
		if (text) yield text;
	}
}

/**
 * Index of the first byte from `from` on that is 0xC4 or more, or -1. Reads four bytes at a
 * time and skips words of ASCII, which is most of most CSV: about twice as fast as a byte loop.
 */
function wideLeadByte(bytes: Uint8Array, from: number): number {
	const to = bytes.length;
	let i = from;
	const misaligned = (bytes.byteOffset + i) & 3;
	if (misaligned) {
		for (const stop = Math.min(to, i + 4 - misaligned); i < stop; i++) if (bytes[i] >= 0xc4) return i;
	}
	const count = (to - i) >> 2;
	if (count > 0) {
		const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, count);
		for (let k = 0; k < count; k++) {
			if ((words[k] & 0x80808080) === 0) continue;
			for (let j = i + k * 4, stop = j + 4; j < stop; j++) if (bytes[j] >= 0xc4) return j;
		}
		i += count * 4;
	}
	for (; i < to; i++) if (bytes[i] >= 0xc4) return i;
	return -1;
}

function* pieces(text: string, size: number): Generator<string> {
	if (text.length <= size) {
		if (text) yield text;
		return;
	}
	for (let start = 0; start < text.length; ) {
		const end = Math.min(start + size, text.length);
		let piece = text.slice(start, end);
		if (end < text.length) {
			const newline = piece.lastIndexOf('\n');
			if (newline !== -1) piece = piece.slice(0, newline + 1);
		}
		yield piece;
		start += piece.length;
	}
}

function withoutBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

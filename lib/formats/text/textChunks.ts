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
		for (let start = 0; start < input.length; ) {
			let end = Math.min(start + chunkSize, input.length);
			// 0x0A is "\n" in UTF-8 and the single-byte encodings. In UTF-16 it may be half of a
			// character: harmless, the decoder joins split characters, the cut is just not useful.
			if (end < input.length) {
				// Searched in the window only: lastIndexOf would otherwise scan back to the start.
				const newline = input.subarray(start, end).lastIndexOf(10);
				if (newline !== -1) end = start + newline + 1;
			}
			yield* pieces(decoder.write(input.subarray(start, end)), chunkSize);
			start = end;
		}
		yield* pieces(decoder.end(), chunkSize);
		return;
	}
	let bytes = 0;
	let first = true;
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
			yield* pieces(decoder.write(chunk), chunkSize);
		}
		if (chunk.length > 0) first = false;
	}
	yield* pieces(decoder.end(), chunkSize);
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

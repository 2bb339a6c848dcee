/** Where the first invalid byte sequence starts, or that the bytes end inside a sequence. */
export interface InvalidSequence {
	/** Byte offset of the start of the sequence. */
	offset: number;
	/** The bytes end before the sequence is complete (more input may still make it valid). */
	truncated: boolean;
}

/**
 * Finds the first byte sequence that is not well-formed UTF-8, with the rules of the WHATWG
 * decoder (`TextDecoder` with `fatal: true`): no overlong forms, no surrogates, nothing above
 * U+10FFFF. Only called after the native decoder refused the bytes, to say where.
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0x28])); // { offset: 1, truncated: false }
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82])); // { offset: 1, truncated: true }
 * firstInvalidUtf8(new Uint8Array([0x61])); // undefined
 */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidSequence | undefined {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const lead = bytes[i];
		if (lead < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lower = 0x80;
		let upper = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) need = 1;
		else if (lead >= 0xe0 && lead <= 0xef) {
			need = 2;
			if (lead === 0xe0) lower = 0xa0; // overlong
			if (lead === 0xed) upper = 0x9f; // surrogates
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			need = 3;
			if (lead === 0xf0) lower = 0x90; // overlong
			if (lead === 0xf4) upper = 0x8f; // above U+10FFFF
		} else return { offset: i, truncated: false };
		for (let k = 1; k <= need; k++) {
			if (i + k >= n) return { offset: i, truncated: true };
			const next = bytes[i + k];
			if (next < lower || next > upper) return { offset: i, truncated: false };
			lower = 0x80;
			upper = 0xbf;
		}
		i += need + 1;
	}
	return undefined;
}

/**
 * Finds the first code unit of UTF-16LE bytes that is an unpaired surrogate (what
 * `TextDecoder('utf-16le', { fatal: true })` refuses), or an odd byte or a high surrogate at
 * the end. `bytes` must start at a code unit boundary.
 *
 * @example
 * firstInvalidUtf16le(new Uint8Array([0x61, 0x00, 0x00, 0xdc])); // { offset: 2, truncated: false }
 * firstInvalidUtf16le(new Uint8Array([0x61, 0x00, 0x3d])); // { offset: 2, truncated: true }
 */
export function firstInvalidUtf16le(bytes: Uint8Array): InvalidSequence | undefined {
	const n = bytes.length;
	for (let i = 0; i < n; i += 2) {
		if (i + 1 >= n) return { offset: i, truncated: true };
		const unit = bytes[i] | (bytes[i + 1] << 8);
		if (unit >= 0xdc00 && unit <= 0xdfff) return { offset: i, truncated: false };
		if (unit >= 0xd800 && unit <= 0xdbff) {
			if (i + 3 >= n) return { offset: i, truncated: true };
			const next = bytes[i + 2] | (bytes[i + 3] << 8);
			if (next < 0xdc00 || next > 0xdfff) return { offset: i, truncated: false };
			i += 2;
		}
	}
	return undefined;
}

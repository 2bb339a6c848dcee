import { crc32, inflateRawSync } from 'node:zlib';
import { FormatError } from '../../core/formatError';

export interface UnzipOptions {
	/** Most bytes the unpacked entries may add up to; checked while inflating, so a zip bomb stops there. */
	maxUnpackedBytes: number;
	/** Which entries to unpack, by path; the others are not inflated at all. */
	include: (path: string) => boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Unpacks the entries of a ZIP archive (an XLSX file) that `include` selects, by path. It reads
 * the central directory and inflates each entry with a hard cap on its output, so the declared
 * sizes are checked against what the data really unpacks to: an entry that unpacks to more
 * than it claims, or all together to more than `maxUnpackedBytes`, is refused with a
 * `FormatError` before the memory is spent. Also refused: input that is not a ZIP (a legacy
 * `.xls`, or an encrypted workbook, is named as such), ZIP64, encrypted entries, compression
 * other than deflate, and data whose checksum does not match.
 *
 * @example
 * const entries = unzipEntries(bytes, { maxUnpackedBytes: 100e6, include: (path) => path.endsWith('.xml') });
 * new TextDecoder().decode(entries.get('xl/workbook.xml'));
 */
export function unzipEntries(bytes: Uint8Array, options: UnzipOptions): Map<string, Uint8Array> {
	if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
		throw new FormatError('This is a legacy Excel (.xls) file or a password-protected workbook; only unprotected .xlsx files can be read');
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEndOfDirectory(view);
	const count = view.getUint16(end + 10, true);
	const directorySize = view.getUint32(end + 12, true);
	const directoryOffset = view.getUint32(end + 16, true);
	if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
		throw new FormatError('This XLSX file uses ZIP64, which is not supported');
	}
	if (directoryOffset + directorySize > end) throw corrupt('its directory lies outside the file');
	const entries = new Map<string, Uint8Array>();
	let budget = options.maxUnpackedBytes;
	let at = directoryOffset;
	for (let n = 0; n < count; n++) {
		if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw corrupt('its directory is damaged');
		const flags = view.getUint16(at + 8, true);
		const method = view.getUint16(at + 10, true);
		const checksum = view.getUint32(at + 16, true);
		const packedSize = view.getUint32(at + 20, true);
		const size = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const localOffset = view.getUint32(at + 42, true);
		const path = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		at += 46 + nameLength + extraLength + commentLength;
		if (path.endsWith('/') || !options.include(path)) continue;
		if (flags & 1) throw new FormatError('This XLSX file is encrypted, which is not supported');
		if (size > budget) throw tooLarge(options.maxUnpackedBytes);
		const data = inflate(bytes, view, { path, method, packedSize, size, localOffset });
		if (data.length !== size) throw corrupt(`"${path}" does not unpack to its declared size`);
		if (crc32(data) !== checksum) throw corrupt(`"${path}" fails its checksum`);
		budget -= data.length;
		entries.set(path, data);
	}
	return entries;
}

interface Entry {
	path: string;
	method: number;
	packedSize: number;
	size: number;
	localOffset: number;
}

function inflate(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
	const { localOffset, packedSize, size, method, path } = entry;
	if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw corrupt(`the header of "${path}" is damaged`);
	const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
	if (start + packedSize > bytes.length) throw corrupt(`"${path}" is cut short`);
	const packed = bytes.subarray(start, start + packedSize);
	if (method === 0) return packed;
	if (method !== 8) throw new FormatError(`"${path}" in this XLSX file uses a compression method (${method}) that is not supported`);
	try {
		// One byte more than declared: if the data really unpacks further, we see it and stop.
		return inflateRawSync(packed, { maxOutputLength: size + 1 });
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw corrupt(`"${path}" unpacks to more than its declared size`);
		throw corrupt(`"${path}" cannot be unpacked`);
	}
}

function findEndOfDirectory(view: DataView): number {
	const last = view.byteLength - 22;
	for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
		if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
	}
	throw new FormatError('Not an XLSX file: it is not a ZIP archive');
}

function corrupt(reason: string): FormatError {
	return new FormatError(`This XLSX file is damaged: ${reason}`);
}

function tooLarge(maxUnpackedBytes: number): FormatError {
	return new FormatError(`This XLSX file unpacks to more than the limit of ${maxUnpackedBytes} bytes`);
}

import { zipSync } from 'fflate';
import { FormatError } from '../../core/formatError';
import { unzipEntries } from './unzipEntries';

const text = (s: string) => new TextEncoder().encode(s);
const all = { maxUnpackedBytes: 1_000_000, include: () => true };

/** Offset of the first central-directory entry of a ZIP made by fflate. */
function directoryOffset(zip: Uint8Array): number {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	return view.getUint32(zip.length - 22 + 16, true);
}

describe('unzipEntries', () => {
	test('unpacks deflated and stored entries that are included', () => {
		const zip = zipSync({ 'a.xml': text('<a/>'.repeat(100)), 'b.xml': [text('<b/>'), { level: 0 }], 'img.png': text('png') });
		const entries = unzipEntries(zip, { ...all, include: (path) => path.endsWith('.xml') });
		expect([...entries.keys()]).toEqual(['a.xml', 'b.xml']);
		expect(new TextDecoder().decode(entries.get('a.xml'))).toBe('<a/>'.repeat(100));
		expect(new TextDecoder().decode(entries.get('b.xml'))).toBe('<b/>');
	});

	test('works on a Uint8Array view into a larger buffer', () => {
		const zip = zipSync({ 'a.xml': text('x') });
		const padded = new Uint8Array(zip.length + 10);
		padded.set(zip, 5);
		expect(new TextDecoder().decode(unzipEntries(padded.subarray(5, 5 + zip.length), all).get('a.xml'))).toBe('x');
	});

	test('refuses a zip bomb by its declared size, before inflating it', () => {
		const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20_000_000) }, { level: 9 });
		expect(bomb.length).toBeLessThan(50_000);
		expect(() => unzipEntries(bomb, { ...all, maxUnpackedBytes: 10_000_000 })).toThrow('This XLSX file unpacks to more than the limit of 10000000 bytes');
	});

	test('counts all entries together against the limit', () => {
		const zip = zipSync({ 'a.xml': new Uint8Array(600), 'b.xml': new Uint8Array(600) });
		expect(() => unzipEntries(zip, { ...all, maxUnpackedBytes: 1000 })).toThrow(/more than the limit/);
		expect(unzipEntries(zip, { ...all, maxUnpackedBytes: 1200 }).size).toBe(2);
	});

	test('refuses a zip bomb that lies about its size, stopping just past the declared size', () => {
		const zip = zipSync({ 'a.xml': new Uint8Array(20_000_000) }, { level: 9 });
		const at = directoryOffset(zip);
		new DataView(zip.buffer, zip.byteOffset).setUint32(at + 24, 100, true);
		expect(() => unzipEntries(zip, all)).toThrow('This XLSX file is damaged: "a.xml" unpacks to more than its declared size');
	});

	test('refuses data that fails its checksum', () => {
		const zip = zipSync({ 'a.xml': [text('hello world'), { level: 0 }] });
		const headerLength = 30 + 'a.xml'.length;
		zip[headerLength] ^= 1;
		expect(() => unzipEntries(zip, all)).toThrow(/fails its checksum/);
	});

	test('refuses input that is not a ZIP, naming legacy .xls files', () => {
		expect(() => unzipEntries(text('name,age\nAda,36\n'), all)).toThrow('Not an XLSX file: it is not a ZIP archive');
		expect(() => unzipEntries(new Uint8Array(0), all)).toThrow(FormatError);
		expect(() => unzipEntries(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), all)).toThrow(/legacy Excel \(\.xls\)/);
	});

	test('refuses a truncated archive', () => {
		const zip = zipSync({ 'a.xml': text('<a>'.repeat(1000)) });
		const cut = new Uint8Array(zip.length - 40);
		cut.set(zip.subarray(0, 20));
		cut.set(zip.subarray(60), 20);
		expect(() => unzipEntries(cut, all)).toThrow(FormatError);
	});

	test('refuses encrypted entries and unknown compression methods', () => {
		const encrypted = zipSync({ 'a.xml': text('x') });
		const view = new DataView(encrypted.buffer, encrypted.byteOffset);
		view.setUint16(directoryOffset(encrypted) + 8, 1, true);
		expect(() => unzipEntries(encrypted, all)).toThrow(/encrypted/);
		const bzip = zipSync({ 'a.xml': text('x') });
		new DataView(bzip.buffer, bzip.byteOffset).setUint16(directoryOffset(bzip) + 10, 12, true);
		expect(() => unzipEntries(bzip, all)).toThrow(/compression method \(12\)/);
	});
});

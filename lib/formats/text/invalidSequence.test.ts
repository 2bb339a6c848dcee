import fc from 'fast-check';
import { firstInvalidUtf16le, firstInvalidUtf8 } from './invalidSequence';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('firstInvalidUtf8', () => {
	it('accepts well-formed text of every sequence length', () => {
		expect(firstInvalidUtf8(new TextEncoder().encode('aé€😀'))).toBeUndefined();
		expect(firstInvalidUtf8(bytes())).toBeUndefined();
	});

	it('names the start of a bad sequence', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0x28))).toEqual({ offset: 1, truncated: false });
		expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xff))).toEqual({ offset: 2, truncated: false });
		expect(firstInvalidUtf8(bytes(0x80))).toEqual({ offset: 0, truncated: false });
	});

	it('refuses overlong forms, surrogates and code points above U+10FFFF', () => {
		expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toEqual({ offset: 0, truncated: false });
		expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toEqual({ offset: 0, truncated: false });
		expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toEqual({ offset: 0, truncated: false });
		expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toEqual({ offset: 0, truncated: false });
	});

	it('reports a sequence cut off by the end as truncated', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toEqual({ offset: 1, truncated: true });
		expect(firstInvalidUtf8(bytes(0xf0))).toEqual({ offset: 0, truncated: true });
	});

	it('agrees with the native fatal decoder on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
				let nativeOk = true;
				try {
					new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
				} catch {
					nativeOk = false;
				}
				expect(firstInvalidUtf8(input) === undefined).toBe(nativeOk);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('firstInvalidUtf16le', () => {
	it('accepts paired surrogates', () => {
		expect(firstInvalidUtf16le(bytes(0x3d, 0xd8, 0x00, 0xde, 0x61, 0x00))).toBeUndefined();
	});

	it('names a lone low or high surrogate', () => {
		expect(firstInvalidUtf16le(bytes(0x61, 0x00, 0x00, 0xdc))).toEqual({ offset: 2, truncated: false });
		expect(firstInvalidUtf16le(bytes(0x3d, 0xd8, 0x61, 0x00))).toEqual({ offset: 0, truncated: false });
	});

	it('reports an odd byte or a high surrogate at the end as truncated', () => {
		expect(firstInvalidUtf16le(bytes(0x61, 0x00, 0x3d))).toEqual({ offset: 2, truncated: true });
		expect(firstInvalidUtf16le(bytes(0x3d, 0xd8))).toEqual({ offset: 0, truncated: true });
	});

	it('agrees with the native fatal decoder on arbitrary code units', () => {
		const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }));
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
				const input = new Uint8Array(new Uint16Array(units).buffer);
				let nativeOk = true;
				try {
					new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(input);
				} catch {
					nativeOk = false;
				}
				expect(firstInvalidUtf16le(input) === undefined).toBe(nativeOk);
			}),
			{ numRuns: 2000 },
		);
	});
});

/**
 * Decodes ISO-8859-1: every byte is the code point of the same number. `TextDecoder('latin1')`
 * cannot do this, because the WHATWG standard makes "latin1" a label of windows-1252.
 *
 * @example
 * decodeLatin1(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // 'café'
 * decodeLatin1(new Uint8Array([0x80])); // '\u0080' (windows-1252 would give '€')
 */
export function decodeLatin1(bytes: Uint8Array): string {
	// Pieces keep the argument list of fromCharCode well under the engine's limit.
	const piece = 8192;
	if (bytes.length <= piece) return String.fromCharCode(...bytes);
	const parts: string[] = [];
	for (let i = 0; i < bytes.length; i += piece) parts.push(String.fromCharCode(...bytes.subarray(i, i + piece)));
	return parts.join('');
}

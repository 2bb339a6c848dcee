const XF_NUMBER_FORMAT = /(<(?:[\w.-]+:)?xf\b[^>]*?\bnumFmtId\s*=\s*)(["'])\d+\2/g;

/**
 * A copy of an XLSX styles part (`xl/styles.xml`) in which every cell format uses the "General"
 * number format, so a reader sees date cells as the plain serial numbers they are stored as.
 *
 * @example
 * withoutDateFormats('<cellXfs><xf numFmtId="14" fontId="0"/></cellXfs>'); // '<cellXfs><xf numFmtId="0" fontId="0"/></cellXfs>'
 */
export function withoutDateFormats(stylesXml: string): string {
	return stylesXml.replace(XF_NUMBER_FORMAT, '$1$20$2');
}

import { withoutDateFormats } from './withoutDateFormats';

describe('withoutDateFormats', () => {
	test('sets numFmtId of every xf to 0 (General)', () => {
		const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf fontId="1" numFmtId='164'/><x:xf numFmtId = "22"></x:xf></cellXfs></styleSheet>`;
		expect(withoutDateFormats(styles)).toBe(
			`<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" applyNumberFormat="1"/><xf fontId="1" numFmtId='0'/><x:xf numFmtId = "0"></x:xf></cellXfs></styleSheet>`,
		);
	});

	test('leaves other elements alone', () => {
		expect(withoutDateFormats('<xfId numFmtId="14"/><numFmt numFmtId="14"/>')).toBe('<xfId numFmtId="14"/><numFmt numFmtId="14"/>');
	});
});

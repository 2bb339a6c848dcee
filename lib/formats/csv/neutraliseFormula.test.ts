import { isFormulaLike, neutraliseFormula } from './neutraliseFormula';

describe('neutraliseFormula', () => {
	it.each(['=1+2', '+1+1', '-2+3', '-A1', '+49 30 1234', '-cmd|calc', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")', '-', '+'])('prefixes %j with a quote', (text) => {
		expect(isFormulaLike(text)).toBe(true);
		expect(neutraliseFormula(text)).toBe(`'${text}`);
	});

	it.each(['', 'Anna', ' =1', "'=1", '1-2', 'a=b', '\n=1', '-5', '+1', '-12.50', '-1.234,56', '+4930123', '-1e5', '-.5'])('leaves %j alone', (text) => {
		expect(isFormulaLike(text)).toBe(false);
		expect(neutraliseFormula(text)).toBe(text);
	});
});

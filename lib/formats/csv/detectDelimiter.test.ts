import { detectDelimiter } from './detectDelimiter';

describe('detectDelimiter', () => {
	it('finds each candidate', () => {
		expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
		expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
		expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
		expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
	});

	it('prefers the delimiter with a consistent count over one that only appears in values', () => {
		expect(detectDelimiter('name;amount\nAnna;1,50\nBen;2,25\nCarl;3\n')).toBe(';');
		expect(detectDelimiter('name,notes\nAnna,a; b; c\nBen,x\nCarl,y;z\n')).toBe(',');
	});

	it('ignores delimiters inside quotes, including quoted line breaks', () => {
		expect(detectDelimiter('a;b\n"1,2,3";"x,\ny,z"\n"4,5";6\n')).toBe(';');
		expect(detectDelimiter('"a;b;c",d\n"e;;f",g\n')).toBe(',');
		expect(detectDelimiter('"say ""a;b""",c\n1,2\n')).toBe(',');
	});

	it('treats a quote inside an unquoted value as text, as the parser does', () => {
		expect(detectDelimiter('a,b\n5" pipe,x;y\n7" pipe,z\n')).toBe(',');
	});

	it('breaks ties by the number of fields, then by the order , ; tab |', () => {
		expect(detectDelimiter('a;b;c,d\n1;2;3,4\n')).toBe(';');
		expect(detectDelimiter('a;b,c\n1;2,3\n')).toBe(',');
	});

	it('reads a single record without line break', () => {
		expect(detectDelimiter('a|b|c')).toBe('|');
	});

	it('ignores a last record cut off by the end of the sample', () => {
		expect(detectDelimiter('a;b\n1;2\n3;4\nx,y,z,w,v')).toBe(';');
	});

	it('skips blank lines and handles CR and CRLF', () => {
		expect(detectDelimiter('\n\na;b\r\n1;2\r\n')).toBe(';');
		expect(detectDelimiter('a\tb\r1\t2\r')).toBe('\t');
	});

	it('falls back to a comma', () => {
		expect(detectDelimiter('')).toBe(',');
		expect(detectDelimiter('name\nAnna\n')).toBe(',');
	});

	it('honours another quote character', () => {
		expect(detectDelimiter("'a,b';c\n'd,e';f\n", "'")).toBe(';');
	});
});

describe('detectDelimiter and closing quotes', () => {
	it('takes the delimiter that follows a closing quote over more frequent candidates', () => {
		expect(detectDelimiter('"€\n+",|a-+\té;ß;\n')).toBe(',');
		expect(detectDelimiter('"a,b";c,d,e\n')).toBe(';');
	});
});

import { CsvFormatter } from './csvFormatter';

describe('CsvFormatter', () => {
	it('writes the header and rows with CRLF by default', () => {
		const csv = new CsvFormatter(['id', 'name']);
		expect(csv.header()).toBe('id,name\r\n');
		expect(csv.line({ id: 1, name: 'Anna' })).toBe('1,Anna\r\n');
	});

	it('writes every kind of value', () => {
		const csv = new CsvFormatter(['v'], { neutraliseFormulas: false });
		const cases: Array<[unknown, string]> = [
			[null, '""'],
			[undefined, '""'],
			['', '""'],
			[0, '0'],
			[-1.5, '-1.5'],
			[true, 'true'],
			[12n, '12'],
			[new Date('2024-05-06T07:08:09.010Z'), '2024-05-06T07:08:09.010Z'],
			[new Date('nope'), '""'],
			[{ a: [1, 'x'] }, '"{""a"":[1,""x""]}"'],
			[['a', 'b'], '"[""a"",""b""]"'],
			[() => 1, '""'],
		];
		for (const [value, text] of cases) expect(csv.line({ v: value })).toBe(`${text}\r\n`);
	});

	it('leaves missing keys empty and ignores keys that are not columns', () => {
		expect(new CsvFormatter(['a', 'b', 'c']).line({ b: 2, z: 9 })).toBe(',2,\r\n');
	});

	it('reads prototype-named columns as own keys only', () => {
		const csv = new CsvFormatter(['__proto__', 'constructor', 'a'], { neutraliseFormulas: false });
		expect(csv.line({ a: 1 })).toBe(',,1\r\n');
		expect(csv.line(JSON.parse('{"__proto__":"p","constructor":"c","a":2}'))).toBe('p,c,2\r\n');
	});

	it('quotes only what needs it', () => {
		const csv = new CsvFormatter(['v'], { neutraliseFormulas: false });
		// Every usual delimiter is quoted, not only the one in use, so the delimiter of a header-only file can be detected.
		const quoted = ['a,b', 'a;b', 'a|b', 'a\tb', 'say "hi"', 'a\nb', 'a\rb', ' lead', 'trail ', '\tlead', 'trail\t', '\uFEFFbom'];
		for (const text of quoted) expect(csv.line({ v: text })).toBe(`"${text.replace(/"/g, '""')}"\r\n`);
		for (const text of ['plain', 'a:b', 'a b', "it's", 'a\uFEFF']) expect(csv.line({ v: text })).toBe(`${text}\r\n`);
	});

	it('quotes for the delimiter in use, including a multi-character or special one', () => {
		expect(new CsvFormatter(['a', 'b'], { delimiter: ';' }).line({ a: 'x;y', b: 'x:y' })).toBe('"x;y";x:y\r\n');
		expect(new CsvFormatter(['a', 'b'], { delimiter: '\t' }).line({ a: 'x\ty', b: 'z' })).toBe('"x\ty"\tz\r\n');
		expect(new CsvFormatter(['a', 'b'], { delimiter: '|' }).line({ a: 'x|y', b: 'z' })).toBe('"x|y"|z\r\n');
		expect(new CsvFormatter(['a', 'b'], { delimiter: '::' }).line({ a: 'x::y', b: 'x:y' })).toBe('"x::y"::x:y\r\n');
		expect(new CsvFormatter(['a', 'b'], { delimiter: '.' }).line({ a: 'x.y', b: 'xy' })).toBe('"x.y".xy\r\n');
	});

	it('neutralises formula-like text by default, in values and column names', () => {
		const csv = new CsvFormatter(['=name', 'v']);
		expect(csv.header()).toBe("'=name,v\r\n");
		expect(csv.line({ '=name': '+1 555', v: '=SUM(A1),x' })).toBe(`'+1 555,"'=SUM(A1),x"\r\n`);
		expect(csv.line({ '=name': '\tx', v: '@cmd' })).toBe('"\'\tx",\'@cmd\r\n');
	});

	it('does not touch numbers, which cannot be formulas', () => {
		expect(new CsvFormatter(['n']).line({ n: -5 })).toBe('-5\r\n');
		expect(new CsvFormatter(['n']).line({ n: '-5' })).toBe('-5\r\n');
		expect(new CsvFormatter(['n']).line({ n: '-5+1' })).toBe("'-5+1\r\n");
	});

	it('writes plain text with neutraliseFormulas off', () => {
		expect(new CsvFormatter(['v'], { neutraliseFormulas: false }).line({ v: '=1+2' })).toBe('=1+2\r\n');
	});

	it('writes LF line endings on request', () => {
		const csv = new CsvFormatter(['a'], { lineEnding: '\n' });
		expect(csv.header() + csv.line({ a: 1 })).toBe('a\n1\n');
	});

	it('refuses a delimiter that cannot be written', () => {
		for (const delimiter of ['', '"', '\n', '\r']) expect(() => new CsvFormatter(['a'], { delimiter })).toThrow(RangeError);
	});
});

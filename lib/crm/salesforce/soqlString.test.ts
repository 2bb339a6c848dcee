import { CrmApiError } from '../http/CrmApiError';
import { soqlString } from './soqlString';

/** Reads a SOQL string literal back the way Salesforce's lexer does; undefined if `text` is not exactly one literal. */
function readLiteral(text: string): string | undefined {
	if (!text.startsWith("'")) return undefined;
	let value = '';
	for (let i = 1; i < text.length; i++) {
		const char = text[i];
		if (char === '\\') {
			const next = text[++i];
			const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"', '%': '\\%', _: '\\_' };
			if (next === undefined || escapes[next] === undefined) return undefined;
			value += escapes[next];
		} else if (char === "'") {
			return i === text.length - 1 ? value : undefined;
		} else value += char;
	}
	return undefined;
}

describe('soqlString', () => {
	it('quotes plain text', () => {
		expect(soqlString('Acme')).toBe("'Acme'");
		expect(soqlString('')).toBe("''");
		expect(soqlString('Zoë 東京')).toBe("'Zoë 東京'");
	});

	it('escapes quotes and backslashes so the literal cannot end early', () => {
		expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
		expect(soqlString("x' OR Name != '")).toBe("'x\\' OR Name != \\''");
		expect(soqlString('a\\')).toBe("'a\\\\'");
		expect(soqlString("\\' OR Id != '")).toBe("'\\\\\\' OR Id != \\''");
		expect(soqlString('say "hi"')).toBe("'say \\\"hi\\\"'");
	});

	it('escapes the control characters SOQL has escapes for and refuses the others', () => {
		expect(soqlString('a\nb\tc\rd')).toBe("'a\\nb\\tc\\rd'");
		expect(() => soqlString('a\u0000b')).toThrow(/control character U\+0000/);
		expect(() => soqlString('a\u001bb')).toThrow(CrmApiError);
	});

	it('escapes LIKE wildcards only in like mode', () => {
		expect(soqlString('50%_off')).toBe("'50%_off'");
		expect(soqlString('50%_off', { like: true })).toBe("'50\\%\\_off'");
	});

	it('always reads back as exactly one literal holding the value (injection impossible)', () => {
		const nasty = ["'", "\\'", "\\\\'", "' OR '1'='1", "') OR (Id != '", "'\n--", '\\', "a'b\\c\"d", "''''", "\\\\\\'"];
		for (const value of nasty) expect([value, readLiteral(soqlString(value))]).toEqual([value, value]);
		// Random text made of the dangerous characters.
		const alphabet = ["'", '\\', '"', 'a', ' ', '\n', ')', '%'];
		let seed = 7;
		for (let n = 0; n < 500; n++) {
			let value = '';
			for (let i = 0; i < n % 12; i++) {
				seed = (seed * 1103515245 + 12345) % 2147483648;
				value += alphabet[seed % alphabet.length];
			}
			expect([value, readLiteral(soqlString(value))]).toEqual([value, value]);
		}
	});
});

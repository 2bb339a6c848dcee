import { FormatError } from '../../core/formatError';
import { jsonSyntaxError } from './jsonSyntaxError';

function errorOf(text: string): FormatError {
	try {
		JSON.parse(text);
	} catch (error) {
		return jsonSyntaxError(error as Error, text);
	}
	throw new Error('parsed');
}

describe('jsonSyntaxError', () => {
	it('names the line and column of the problem', () => {
		const error = errorOf('[\n  {"a": 1},\n  {"b": }\n]');
		expect(error).toBeInstanceOf(FormatError);
		expect(error.location.line).toBe(3);
		expect(error.message).toMatch(/column 9/);
		expect(error.message).toMatch(/\(line 3\)$/);
	});

	it('counts from a given first line (for one line of NDJSON)', () => {
		const text = '{"a": tru}';
		let error: FormatError | undefined;
		try {
			JSON.parse(text);
		} catch (e) {
			error = jsonSyntaxError(e as Error, text, 42);
		}
		expect(error?.location.line).toBe(42);
	});

	it('counts CRLF and CR line breaks too', () => {
		const crlf = errorOf('[\r\n  {"a": 1},\r\n  {"b": }\r\n]');
		expect(crlf.location.line).toBe(3);
		expect(crlf.message).toMatch(/column 9/);
		const cr = errorOf('{"a":\r1,\r"b":}');
		expect(cr.location.line).toBe(3);
		expect(cr.message).toMatch(/column 5/);
	});

	it('names a real column for a hostile, deeply nested document', () => {
		const error = errorOf('['.repeat(200_000));
		expect(error.message).toMatch(/^Invalid JSON at column 200001: /);
		expect(error.location.line).toBe(1);
	});

	it('names the last line for a truncated document', () => {
		expect(errorOf('[{"a": 1},\n{"b": 2}').location.line).toBe(2);
	});
});

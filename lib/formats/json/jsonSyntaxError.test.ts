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

	it('names the last line for a truncated document', () => {
		expect(errorOf('[{"a": 1},\n{"b": 2}').location.line).toBe(2);
	});
});

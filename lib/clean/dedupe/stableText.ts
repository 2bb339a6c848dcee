/**
 * Text that is equal for two values exactly when the values are equal as data: text is quoted
 * (so `1` and `'1'` differ), object keys are sorted (so `{ a, b }` and `{ b, a }` agree),
 * `-0` is `0`, dates are their instant, and an object that contains itself ends in `~circular`
 * instead of looping. Key order and object identity do not matter; types do.
 *
 * @example
 * stableText({ b: 1, a: ['x', null] }); // '{"a":["x",null],"b":1}'
 * stableText('1'); // '"1"'
 * stableText(1); // '1'
 * stableText(new Date(0)); // 'Date(1970-01-01T00:00:00.000Z)'
 */
export function stableText(value: unknown): string {
	return write(value, []);
}

function write(value: unknown, ancestors: object[]): string {
	switch (typeof value) {
		case 'string':
			return JSON.stringify(value);
		case 'number':
			// String(-0) is already '0'; NaN and ±Infinity stay unquoted words, unlike JSON's null.
			return String(value);
		case 'bigint':
			return `${value}n`;
		case 'boolean':
			return value ? 'true' : 'false';
		case 'undefined':
			return 'undefined';
		case 'object':
			break;
		default:
			return String(value);
	}
	if (value === null) return 'null';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Date(invalid)' : `Date(${value.toISOString()})`;
	if (ancestors.includes(value)) return '~circular';
	ancestors.push(value);
	let text: string;
	if (Array.isArray(value)) {
		text = '[' + value.map((item: unknown) => write(item, ancestors)).join(',') + ']';
	} else {
		const record = value as Record<string, unknown>;
		const parts: string[] = [];
		for (const key of Object.keys(record).sort()) {
			// As in JSON, a property set to undefined is the same as no property.
			if (record[key] !== undefined) parts.push(JSON.stringify(key) + ':' + write(record[key], ancestors));
		}
		text = '{' + parts.join(',') + '}';
	}
	ancestors.pop();
	return text;
}

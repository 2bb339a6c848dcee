import { fillBodyTemplate } from './fillBodyTemplate';

describe('fillBodyTemplate', () => {
	it('puts JSON-encoded values where a placeholder is a value', () => {
		const record = { email: 'a@b.co', age: 42, vip: true, tags: ['x'], address: { zip: '1' } };
		expect(fillBodyTemplate('{"email": {{email}}, "age": {{ age }}, "vip": {{vip}}, "tags": {{tags}}, "zip": {{address.zip}}}', record)).toEqual({
			email: 'a@b.co',
			age: 42,
			vip: true,
			tags: ['x'],
			zip: '1',
		});
	});

	it('writes missing fields as null', () => {
		expect(fillBodyTemplate('{"phone": {{phone}}}', {})).toEqual({ phone: null });
	});

	it('puts text, escaped, where a placeholder is inside a string', () => {
		expect(fillBodyTemplate('{"note": "Hi {{name}}!", "zip": "{{zip}}", "none": "{{missing}}"}', { name: 'Ada "the" \\ first', zip: 10115 })).toEqual({
			note: 'Hi Ada "the" \\ first!',
			zip: '10115',
			none: '',
		});
	});

	it('cannot be broken out of by a value: quotes in data stay data', () => {
		const body = fillBodyTemplate('{"name": "{{name}}", "role": "user"}', { name: '", "role": "admin' });
		expect(body).toEqual({ name: '", "role": "admin', role: 'user' });
	});

	it('is not fooled by escaped quotes in the template', () => {
		expect(fillBodyTemplate('{"a": "say \\"{{w}}\\"", "b": {{w}}}', { w: 'hi' })).toEqual({ a: 'say "hi"', b: 'hi' });
	});

	it('may build a whole array or a bare value', () => {
		expect(fillBodyTemplate('[{{a}}, {{b}}]', { a: 1, b: 'x' })).toEqual([1, 'x']);
		expect(fillBodyTemplate('{{a}}', { a: { deep: [1] } })).toEqual({ deep: [1] });
	});

	it('refuses a template that is not JSON once filled in', () => {
		expect(() => fillBodyTemplate('{"a": {{a}}', { a: 1 })).toThrow(/not valid JSON once filled in/);
		expect(() => fillBodyTemplate('{"a": x{{a}}}', { a: 1 })).toThrow(RangeError);
	});
});

import { fillUrlTemplate } from './fillUrlTemplate';

describe('fillUrlTemplate', () => {
	it('puts each field in, URL-encoded', () => {
		expect(fillUrlTemplate('https://x/api/contacts/{{id}}', { id: 'a/b 1?c=d' })).toBe('https://x/api/contacts/a%2Fb%201%3Fc%3Dd');
		expect(fillUrlTemplate('https://x/{{ type }}/{{id}}', { type: 'deals', id: 42 })).toBe('https://x/deals/42');
	});

	it('follows paths and writes objects as JSON', () => {
		expect(fillUrlTemplate('https://x/{{meta.source}}', { meta: { source: 'crm' } })).toBe('https://x/crm');
		expect(fillUrlTemplate('https://x/?f={{f}}', { f: { a: 1 } })).toBe('https://x/?f=%7B%22a%22%3A1%7D');
	});

	it('leaves a template without placeholders alone', () => {
		expect(fillUrlTemplate('https://x/api/contacts', { id: 1 })).toBe('https://x/api/contacts');
	});

	it.each([{}, { id: null }, { id: '' }])('refuses a missing or empty field (%j)', (record) => {
		expect(() => fillUrlTemplate('https://x/api/contacts/{{id}}', record)).toThrow('The URL needs the field "id", which is missing or empty');
	});

	it('keeps 0 and false, which are values', () => {
		expect(fillUrlTemplate('https://x/{{n}}/{{b}}', { n: 0, b: false })).toBe('https://x/0/false');
	});
});

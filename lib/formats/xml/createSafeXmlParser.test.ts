import { createSafeXmlParser, restoreXmlName } from './createSafeXmlParser';

describe('createSafeXmlParser', () => {
	test('keeps values as the exact strings written, entities and character references decoded', () => {
		const parsed = createSafeXmlParser().parse('<a n="007"> 1.50 &amp; &#169;&#13; </a>');
		expect(parsed).toEqual({ a: { '#text': ' 1.50 & ©\r ', n: '007' } });
	});

	test('never expands entities a DOCTYPE declares, even with processEntities asked for', () => {
		const parsed = createSafeXmlParser({ processEntities: true, htmlEntities: true }).parse('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;&nbsp;</a>');
		expect(parsed).toEqual({ a: '&e;&nbsp;' });
	});

	test('parses prototype names instead of throwing, and leaves Object.prototype alone', () => {
		const parsed = createSafeXmlParser({ preserveOrder: true }).parse('<r constructor="c"><__proto__ prototype="p">x</__proto__></r>');
		const root = parsed[0];
		const [child] = root.r;
		const childName = Object.keys(child).find((k) => k !== ':@') as string;
		expect(restoreXmlName(childName)).toBe('__proto__');
		expect(Object.keys(root[':@']).map(restoreXmlName)).toEqual(['constructor']);
		expect(Object.keys(child[':@']).map(restoreXmlName)).toEqual(['prototype']);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});

	test('keeps toString and hasOwnProperty as they are named', () => {
		expect(createSafeXmlParser().parse('<a><toString>1</toString><hasOwnProperty>2</hasOwnProperty></a>')).toEqual({
			a: { toString: '1', hasOwnProperty: '2' },
		});
	});

	test('drops the declaration and processing instructions', () => {
		expect(createSafeXmlParser().parse('<?xml version="1.0"?><?style x?><a>1</a>')).toEqual({ a: '1' });
	});
});

describe('restoreXmlName', () => {
	test('leaves ordinary names alone', () => {
		expect(restoreXmlName('name')).toBe('name');
		expect(restoreXmlName('')).toBe('');
	});
});

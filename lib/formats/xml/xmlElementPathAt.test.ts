import { xmlElementPathAt } from './xmlElementPathAt';

describe('xmlElementPathAt', () => {
	test('names the open elements, with positions among same-named siblings', () => {
		const text = '<contacts><contact/><contact><name>A</name></contact><contact><email>x';
		expect(xmlElementPathAt(text, text.length)).toBe('/contacts/contact[3]/email');
	});

	test('leaves out closed elements and the first position', () => {
		const text = '<a><b></b><c><d/>';
		expect(xmlElementPathAt(text, text.length)).toBe('/a/c');
	});

	test('skips comments, CDATA, processing instructions, DOCTYPE and quoted >', () => {
		const text = '<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY>]><a x="1>2"><!-- <b> --><![CDATA[<c>]]><?pi <d>?><e>';
		expect(xmlElementPathAt(text, text.length)).toBe('/a/e');
	});

	test('reads only up to the offset', () => {
		const text = '<a><b><c/></b></a>';
		expect(xmlElementPathAt(text, 5)).toBe('/a/b');
		expect(xmlElementPathAt(text, 2)).toBe('/a');
		// At the `<` of `<c/>`: in c.
		expect(xmlElementPathAt(text, 6)).toBe('/a/b/c');
	});

	test('is undefined outside every element', () => {
		expect(xmlElementPathAt('<a></a>', 7)).toBeUndefined();
		expect(xmlElementPathAt('  ', 1)).toBeUndefined();
	});

	test('can be called again after an earlier call (no regex state left over)', () => {
		expect(xmlElementPathAt('<a><b>', 6)).toBe('/a/b');
		expect(xmlElementPathAt('<x>', 3)).toBe('/x');
	});
});

describe('xmlElementPathAt inside a start tag', () => {
	test('counts the element whose start tag holds the offset', () => {
		const text = '<list><item/><item x=1>c</item></list>';
		expect(xmlElementPathAt(text, text.indexOf('x='))).toBe('/list/item[2]');
		expect(xmlElementPathAt('<a>\n<b></b>', 0)).toBe('/a');
	});

	test('does not count a closing tag at the offset', () => {
		const text = '<a><b></a>';
		expect(xmlElementPathAt(text, text.indexOf('</a>'))).toBe('/a/b');
	});
});

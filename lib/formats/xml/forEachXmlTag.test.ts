import { forEachXmlTag, type XmlTag } from './forEachXmlTag';

function tags(text: string): string[] {
	const seen: string[] = [];
	forEachXmlTag(text, (tag: XmlTag) => {
		seen.push(`${tag.closing ? '/' : ''}${tag.name}${tag.selfClosing ? '/' : ''}@${tag.index}`);
	});
	return seen;
}

describe('forEachXmlTag', () => {
	test('visits start, end and empty-element tags with their offsets', () => {
		expect(tags('<a x="1"><b/></a>')).toEqual(['a@0', 'b/@9', '/a@13']);
	});

	test('skips comments, CDATA, processing instructions and DOCTYPEs, and > inside quotes', () => {
		const text = '<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY>]><a t=">"><!--<x>--><![CDATA[<y>]]><?p <z>?></a>';
		expect(tags(text)).toEqual([`a@${text.indexOf('<a ')}`, `/a@${text.indexOf('</a>')}`]);
	});

	test('stops when the visitor returns false', () => {
		const seen: string[] = [];
		forEachXmlTag('<a><b><c>', (tag) => {
			seen.push(tag.name);
			return tag.name !== 'b';
		});
		expect(seen).toEqual(['a', 'b']);
	});
});

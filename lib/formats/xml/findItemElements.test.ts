import { FormatError } from '../../core/formatError';
import { createSafeXmlParser } from './createSafeXmlParser';
import { findItemElements } from './findItemElements';
import { elementNameOf, type OrderedNode } from './orderedNode';

function find(xml: string, itemPath?: string): { path: string[]; names: string[]; ids: unknown[] } {
	const [root] = createSafeXmlParser({ preserveOrder: true }).parse(xml) as OrderedNode[];
	const { path, items } = findItemElements(root, itemPath);
	return { path, names: items.map((item) => elementNameOf(item) as string), ids: items.map((item) => (item[':@'] as { id?: string } | undefined)?.id) };
}

describe('findItemElements with a path', () => {
	const xml = '<crm><contacts><contact id="1"/><contact id="2"/></contacts><contacts><contact id="3"/></contacts></crm>';

	test('follows the path from the root, through repeated parents, in document order', () => {
		expect(find(xml, 'crm.contacts.contact')).toEqual({ path: ['crm', 'contacts', 'contact'], names: ['contact', 'contact', 'contact'], ids: ['1', '2', '3'] });
	});

	test('accepts slashes and a path below the root', () => {
		expect(find(xml, '/crm/contacts/contact').ids).toEqual(['1', '2', '3']);
		expect(find(xml, 'contacts.contact').ids).toEqual(['1', '2', '3']);
	});

	test('a single record element is still a list of one', () => {
		expect(find('<contacts><contact id="1"/></contacts>', 'contacts.contact').ids).toEqual(['1']);
	});

	test('the root name alone makes the root the one record', () => {
		expect(find('<contact id="9"><name>A</name></contact>', 'contact')).toEqual({ path: ['contact'], names: ['contact'], ids: ['9'] });
	});

	test('an element without children gives no records', () => {
		expect(find('<contacts></contacts>', 'contacts.contact').names).toEqual([]);
		expect(find('<crm><contacts/></crm>', 'crm.contacts.contact').names).toEqual([]);
	});

	test('a missing element where others are is refused, listing what is there', () => {
		const attempt = () => find(xml, 'crm.contacts.contcat');
		expect(attempt).toThrow(FormatError);
		expect(attempt).toThrow('No <contcat> element under <contacts> (path "crm.contacts.contcat"); it holds <contact> (element /crm/contacts)');
	});
});

describe('findItemElements without a path', () => {
	test('picks the first child name of the root that repeats', () => {
		expect(find('<r><meta/><contact id="1"/><note/><contact id="2"/><note/></r>')).toEqual({
			path: ['r', 'contact'],
			names: ['contact', 'contact'],
			ids: ['1', '2'],
		});
	});

	test("picks the root's only child name, even when it occurs once", () => {
		expect(find('<contacts><contact id="1"><phone/><phone/></contact></contacts>').path).toEqual(['contacts', 'contact']);
	});

	test('gives no records for an empty root', () => {
		expect(find('<contacts>  </contacts>')).toEqual({ path: ['contacts'], names: [], ids: [] });
	});

	test('refuses several different children, none repeated', () => {
		expect(() => find('<contact><name>A</name><email>a@x</email></contact>')).toThrow(
			/Cannot tell which element under <contact> holds the records: it holds <name>, <email>, none repeated/,
		);
	});

	test('matches prototype names by their real name', () => {
		expect(find('<r><__proto__ id="1"/><__proto__ id="2"/></r>')).toMatchObject({ path: ['r', '__proto__'], ids: ['1', '2'] });
		expect(find('<r><constructor id="1"/></r>', 'r.constructor').ids).toEqual(['1']);
	});
});

import { splitXmlPath } from './splitXmlPath';

describe('splitXmlPath', () => {
	test('splits dotted paths on dots', () => {
		expect(splitXmlPath('contacts.contact')).toEqual(['contacts', 'contact']);
		expect(splitXmlPath('phone')).toEqual(['phone']);
	});

	test('splits paths with a slash on slashes only, keeping dots in names', () => {
		expect(splitXmlPath('/feed/v1.2/entry')).toEqual(['feed', 'v1.2', 'entry']);
		expect(splitXmlPath('feed/entry/')).toEqual(['feed', 'entry']);
	});

	test('drops empty segments and surrounding spaces', () => {
		expect(splitXmlPath(' a . b ')).toEqual(['a', 'b']);
		expect(splitXmlPath('')).toEqual([]);
		expect(splitXmlPath('/')).toEqual([]);
	});
});

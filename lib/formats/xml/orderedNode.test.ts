import { attributesOf, childrenOf, elementNameOf } from './orderedNode';

describe('orderedNode accessors', () => {
	const element = { contact: [{ '#text': 'x' }], ':@': { id: '1' } };

	test('elementNameOf finds the element name, whichever key comes first', () => {
		expect(elementNameOf(element)).toBe('contact');
		expect(elementNameOf({ ':@': { id: '1' }, contact: [] })).toBe('contact');
		expect(elementNameOf({ '#text': 'hi' })).toBeUndefined();
	});

	test('childrenOf and attributesOf return empty values when there are none', () => {
		expect(childrenOf(element, 'contact')).toEqual([{ '#text': 'x' }]);
		expect(childrenOf({ '#text': 'x' }, 'contact')).toEqual([]);
		expect(attributesOf(element)).toEqual({ id: '1' });
		expect(attributesOf({ a: [] })).toEqual({});
	});
});

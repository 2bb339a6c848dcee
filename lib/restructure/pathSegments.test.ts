import { isIndexSegment, pathSegments } from './pathSegments';

describe('pathSegments', () => {
	it('splits a dotted path into keys', () => {
		expect(pathSegments({ address: { zip: '1' } }, 'address.zip')).toEqual(['address', 'zip']);
		expect(pathSegments({}, 'a.b.c')).toEqual(['a', 'b', 'c']);
	});

	it('prefers an own key that is exactly the path', () => {
		expect(pathSegments({ 'address.zip': '1', address: { zip: '2' } }, 'address.zip')).toEqual(['address.zip']);
	});

	it('does not mistake an inherited property for an own key', () => {
		expect(pathSegments({}, 'toString')).toEqual(['toString']);
		expect(pathSegments({}, 'constructor.name')).toEqual(['constructor', 'name']);
	});
});

describe('isIndexSegment', () => {
	it('accepts canonical non-negative integers only', () => {
		expect(['0', '7', '12'].map(isIndexSegment)).toEqual([true, true, true]);
		expect(['01', '-1', '1.5', '', 'a', ' 1'].map(isIndexSegment)).toEqual([false, false, false, false, false, false]);
	});
});

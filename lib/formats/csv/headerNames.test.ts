import { headerNames } from './headerNames';

describe('headerNames', () => {
	it('keeps distinct names as they are', () => {
		expect(headerNames(['id', 'Name', 'name', ' x '])).toEqual(['id', 'Name', 'name', ' x ']);
	});

	it('numbers repeated names from _2', () => {
		expect(headerNames(['a', 'a', 'a'])).toEqual(['a', 'a_2', 'a_3']);
	});

	it('skips suffixes that another header uses', () => {
		expect(headerNames(['a', 'a', 'a_2'])).toEqual(['a', 'a_3', 'a_2']);
		expect(headerNames(['a_2', 'a', 'a'])).toEqual(['a_2', 'a', 'a_3']);
		expect(headerNames(['a_2', 'a_2'])).toEqual(['a_2', 'a_2_2']);
	});

	it('names empty headers column_N by position', () => {
		expect(headerNames(['id', '', 'x', ''])).toEqual(['id', 'column_2', 'x', 'column_4']);
		expect(headerNames(['column_2', ''])).toEqual(['column_2', 'column_2_2']);
	});

	it('trims on request, after which blank names are empty', () => {
		expect(headerNames([' id ', '  '], { trim: true })).toEqual(['id', 'column_2']);
		expect(headerNames([' id', 'id '], { trim: true })).toEqual(['id', 'id_2']);
	});

	it('keeps prototype key names: they are set safely later', () => {
		expect(headerNames(['__proto__', 'constructor'])).toEqual(['__proto__', 'constructor']);
	});
});

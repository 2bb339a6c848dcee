import { isMissing } from './isMissing';

describe('isMissing', () => {
	it.each([null, undefined, NaN, '', '  ', '\t\n'])('counts %p as missing', (value) => {
		expect(isMissing(value)).toBe(true);
	});

	it.each([0, false, 'x', ' x ', [], {}, 'N/A'])('counts %p as present', (value) => {
		expect(isMissing(value)).toBe(false);
	});
});

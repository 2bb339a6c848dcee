import { fingerprintText } from './fingerprintText';

describe('fingerprintText', () => {
	it.each([
		['  Cruise,\tTOM  ', 'cruise tom'],
		['Ägypten (GmbH)', 'agypten gmbh'],
		['Tom Tom', 'tom tom'],
		['A+B', 'a+b'],
		['x\u0000y\u009Fz', 'xyz'],
		[', a', 'a'],
		['', ''],
	])('%j → %j', (input, expected) => {
		expect(fingerprintText(input)).toBe(expected);
	});
});

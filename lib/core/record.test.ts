import { fieldReader, setField } from './record';

describe('fieldReader', () => {
	it('reads own fields', () => {
		expect(fieldReader('email')({ email: 'a@b.co' })).toBe('a@b.co');
	});

	it('never reads what a row inherits', () => {
		for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
			expect(fieldReader(key)({})).toBeUndefined();
			const row = {};
			setField(row, key, 'own');
			expect(fieldReader(key)(row)).toBe('own');
		}
	});
});

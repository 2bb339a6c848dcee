import { toRecord } from './toRecord';

test('toRecord keeps objects and wraps everything else', () => {
	const object = { id: 1 };
	expect(toRecord(object)).toBe(object);
	expect(toRecord(42)).toEqual({ value: 42 });
	expect(toRecord('x')).toEqual({ value: 'x' });
	expect(toRecord(null)).toEqual({ value: null });
	expect(toRecord([1, 2])).toEqual({ value: [1, 2] });
});

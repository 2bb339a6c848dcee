import { runKey } from './runKey';

describe('runKey', () => {
	const items = [
		{ key: 'k1', hash: 'h1' },
		{ key: 'k2', hash: 'h2' },
	];

	it('is the same for the same run', () => {
		expect(runKey('dest', 100, items)).toBe(runKey('dest', 100, items.map((item) => ({ ...item }))));
		expect(runKey('dest', 100, items)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes with the destination, the batch size, the order, a key or a hash', () => {
		const base = runKey('dest', 100, items);
		expect(runKey('other', 100, items)).not.toBe(base);
		expect(runKey('dest', 50, items)).not.toBe(base);
		expect(runKey('dest', 100, [...items].reverse())).not.toBe(base);
		expect(runKey('dest', 100, [items[0], { key: 'k2', hash: 'h3' }])).not.toBe(base);
		expect(runKey('dest', 100, [items[0]])).not.toBe(base);
	});

	it('keeps keys apart from their neighbours', () => {
		expect(runKey('d', 1, [{ key: 'a h\nb', hash: 'c' }])).not.toBe(runKey('d', 1, [{ key: 'a', hash: 'h' }, { key: 'b', hash: 'c' }]));
	});
});

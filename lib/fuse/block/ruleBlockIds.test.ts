import { keyColumns } from './keyColumns';
import { ruleBlockIds } from './ruleBlockIds';

describe('ruleBlockIds', () => {
	const records = [
		{ g: 'ann', s: 'lee' },
		{ g: 'lee', s: 'ann' },
		{ g: 'ann', s: 'lee' },
		{ g: 'ann', s: null },
		{ g: 'bo', s: 'lee' },
	];

	it('gives equal ids to records agreeing on every key, -1 when a part is missing', () => {
		const blocks = ruleBlockIds({ keys: [{ field: 'g' }, { field: 's' }] }, keyColumns(records), records.length);
		expect(blocks.cross).toBe(false);
		expect(blocks.right).toBe(blocks.left);
		expect(Array.from(blocks.left)).toEqual([0, 1, 0, -1, 2]);
		expect(blocks.blocks).toBe(3);
	});

	it('numbers both sides of a cross-field rule in one id space', () => {
		const rule = { keys: [{ field: 'g', otherField: 's' }, { field: 's', otherField: 'g' }] };
		const blocks = ruleBlockIds(rule, keyColumns(records), records.length);
		expect(blocks.cross).toBe(true);
		// Record 0 as left (ann, lee) meets record 1 as right (its s, g = ann, lee).
		expect(blocks.left[0]).toBe(blocks.right[1]);
		expect(blocks.left[1]).toBe(blocks.right[0]);
		expect(blocks.left[0]).not.toBe(blocks.left[1]);
		expect(blocks.left[3]).toBe(-1);
		expect(blocks.right[3]).toBe(-1);
		expect(Math.max(...blocks.left, ...blocks.right)).toBe(blocks.blocks - 1);
	});

	it('treats otherField equal to field as a plain key', () => {
		const blocks = ruleBlockIds({ keys: [{ field: 'g', otherField: 'g' }] }, keyColumns(records), records.length);
		expect(blocks.cross).toBe(false);
		expect(Array.from(blocks.left)).toEqual([0, 1, 0, 0, 2]);
	});
});

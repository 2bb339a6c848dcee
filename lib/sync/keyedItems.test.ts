import { keyedItems } from './keyedItems';
import type { SyncItem } from './types';

const item = (index: number, email: unknown): SyncItem => ({ index, record: { email }, key: `k${index}` });

describe('keyedItems', () => {
	it('keeps items with an id, trimmed, in order', () => {
		const result = keyedItems([item(0, ' a@b.co '), item(1, 42)], (i) => i.record.email, 'email');
		expect(result.accepted.map((a) => [a.item.index, a.id])).toEqual([
			[0, 'a@b.co'],
			[1, '42'],
		]);
		expect(result.rejected).toEqual([]);
	});

	it('turns away items without an id, naming what is missing', () => {
		const result = keyedItems([item(0, ''), item(1, null), item(2, undefined), item(3, 'x@y.z')], (i) => i.record.email, 'the id property "email"');
		expect(result.accepted.map((a) => a.item.index)).toEqual([3]);
		expect(result.rejected.map((r) => r.item.index)).toEqual([0, 1, 2]);
		expect(result.rejected[0].error).toEqual({ code: 'MISSING_FIELD', message: 'The record has no value for the id property "email"' });
	});

	it('turns away a later item with the same id, ignoring case', () => {
		const result = keyedItems([item(0, 'A@b.co'), item(1, 'a@B.co'), item(2, 'c@d.co')], (i) => i.record.email, 'email');
		expect(result.accepted.map((a) => a.item.index)).toEqual([0, 2]);
		expect(result.rejected).toHaveLength(1);
		expect(result.rejected[0].item.index).toBe(1);
		expect(result.rejected[0].error.code).toBe('DUPLICATE_ID');
		expect(result.rejected[0].error.message).toContain('"a@B.co"');
	});
});

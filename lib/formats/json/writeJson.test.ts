import { parseJsonRecords } from './parseJsonRecords';
import { writeJson } from './writeJson';

test('writeJson writes a list that parseJsonRecords reads back, compact or pretty', () => {
	const rows = [{ a: 1, b: { c: [true, null] } }, { __proto__: 'kept' } as unknown as Record<string, unknown>];
	const safe = JSON.parse('[{"a":1,"b":{"c":[true,null]}},{"__proto__":"kept"}]');
	expect(writeJson(safe)).toBe('[{"a":1,"b":{"c":[true,null]}},{"__proto__":"kept"}]');
	expect(writeJson(safe, { pretty: true })).toContain('\n  {\n    "a": 1,');
	expect(parseJsonRecords(writeJson(safe))).toEqual(safe);
	expect(writeJson(rows.slice(0, 1))).toBe('[{"a":1,"b":{"c":[true,null]}}]');
});

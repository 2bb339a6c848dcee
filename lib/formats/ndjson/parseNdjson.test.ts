import { parseNdjson } from './parseNdjson';

describe('parseNdjson', () => {
	it('collects every record', async () => {
		expect(await parseNdjson('{"a":1}\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
	});

	it('reads bytes in the encoding asked for', async () => {
		expect(await parseNdjson(Buffer.from('{"city":"München"}\n', 'latin1'), { encoding: 'latin1' })).toEqual([{ city: 'München' }]);
	});
});

import { failure, succeed, type ConversionResult } from './result';

describe('succeed / failure', () => {
	it('build the two result shapes', () => {
		expect(succeed(0)).toEqual({ ok: true, value: 0 });
		expect(failure('bad')).toEqual({ ok: false, reason: 'bad' });
	});

	it('narrow on ok', () => {
		const result: ConversionResult<number> = Math.random() > 2 ? succeed(1) : failure('no');
		expect(result.ok ? result.value : result.reason).toBe('no');
	});
});

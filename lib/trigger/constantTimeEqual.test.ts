import crypto from 'node:crypto';
import { constantTimeEqual } from './constantTimeEqual';

describe('constantTimeEqual', () => {
	afterEach(() => jest.restoreAllMocks());

	it('is true only for equal texts', () => {
		expect(constantTimeEqual('abc=', 'abc=')).toBe(true);
		expect(constantTimeEqual('abc=', 'abd=')).toBe(false);
		expect(constantTimeEqual('', '')).toBe(true);
		expect(constantTimeEqual('é', 'e\u0301')).toBe(false);
	});

	it('does not throw on different lengths, and compares with timingSafeEqual on equal-length buffers', () => {
		const spy = jest.spyOn(crypto, 'timingSafeEqual');
		expect(constantTimeEqual('short', 'a much longer value')).toBe(false);
		expect(constantTimeEqual('', 'x')).toBe(false);
		expect(spy).toHaveBeenCalledTimes(2);
		for (const [left, right] of spy.mock.calls) expect((left as Buffer).length).toBe((right as Buffer).length);
	});
});

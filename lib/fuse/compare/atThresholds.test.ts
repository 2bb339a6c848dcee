import { atThresholds } from './atThresholds';

describe('atThresholds', () => {
	it('wraps levels in null, exact and else', () => {
		expect(atThresholds('city', [{ kind: 'jaro', threshold: 0.9 }], true)).toEqual({
			field: 'city',
			levels: [{ kind: 'null' }, { kind: 'exact', termFrequency: true }, { kind: 'jaro', threshold: 0.9 }, { kind: 'else' }],
		});
		expect(atThresholds('city', []).levels).toEqual([{ kind: 'null' }, { kind: 'exact', termFrequency: false }, { kind: 'else' }]);
	});
});

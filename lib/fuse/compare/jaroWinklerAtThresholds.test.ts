import { checkComparison } from './checkComparison';
import { jaroWinklerAtThresholds } from './jaroWinklerAtThresholds';

describe('jaroWinklerAtThresholds', () => {
	it("has Splink's levels: null, exact, one per threshold (default 0.9, 0.7), else", () => {
		expect(jaroWinklerAtThresholds('city')).toEqual({
			field: 'city',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact', termFrequency: false },
				{ kind: 'jaroWinkler', threshold: 0.9 },
				{ kind: 'jaroWinkler', threshold: 0.7 },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(jaroWinklerAtThresholds('x'))).not.toThrow();
	});

	it('takes one threshold or several, highest first', () => {
		expect(jaroWinklerAtThresholds('city', 0.8).levels[2]).toEqual({ kind: 'jaroWinkler', threshold: 0.8 });
		expect(jaroWinklerAtThresholds('city', [0.7, 0.95], { termFrequency: true }).levels.slice(1, 4)).toEqual([
			{ kind: 'exact', termFrequency: true },
			{ kind: 'jaroWinkler', threshold: 0.95 },
			{ kind: 'jaroWinkler', threshold: 0.7 },
		]);
	});
});

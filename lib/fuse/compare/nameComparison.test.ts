import { checkComparison } from './checkComparison';
import { nameComparison } from './nameComparison';

describe('nameComparison', () => {
	it("has Splink 4's NameComparison levels, with term frequencies on the exact match", () => {
		expect(nameComparison('surname')).toEqual({
			field: 'surname',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact', termFrequency: true },
				{ kind: 'jaroWinkler', threshold: 0.92 },
				{ kind: 'jaroWinkler', threshold: 0.88 },
				{ kind: 'jaroWinkler', threshold: 0.7 },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(nameComparison('x'))).not.toThrow();
	});

	it('takes other thresholds, highest first, and can drop term frequencies', () => {
		const comparison = nameComparison('given_name', { termFrequency: false, thresholds: [0.8, 0.95] });
		expect(comparison.levels.slice(1)).toEqual([
			{ kind: 'exact', termFrequency: false },
			{ kind: 'jaroWinkler', threshold: 0.95 },
			{ kind: 'jaroWinkler', threshold: 0.8 },
			{ kind: 'else' },
		]);
	});
});

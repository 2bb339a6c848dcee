import type { LinkageModel } from './linkageModel';
import { valuesComparison } from './modelTestData.test-helper';

/**
 * Test support: a hand-set two-comparison model (surname with term frequencies, city without) and
 * records for it, shared by the scoring tests.
 */
export function scoringFixture() {
	const surnames = ['smith', 'smith', 'smith', 'smith', 'rare', 'rare', undefined, 'jones'];
	const cities = ['x', 'x', 'y', 'x', 'x', 'x', 'x', 'y'];
	const comparisons = [valuesComparison('surname', surnames, { termFrequency: true }), valuesComparison('city', cities)];
	const model: LinkageModel = {
		comparisons: [
			{ name: 'surname', labels: ['null', 'exact', 'else'], m: [0.05, 0.9, 0.1], u: [0.05, 0.01, 0.99], nullLevel: 0 },
			{ name: 'city', labels: ['null', 'exact', 'else'], m: [0, 0.8, 0.2], u: [0, 0.1, 0.9], nullLevel: 0 },
		],
		lambda: 0.01,
		trainingLog: [],
	};
	// (0,1) common surname, same city; (4,5) rare surname, same city; (5,6) surname missing;
	// (0,2) common surname, other city; (0,7) different surname, other city
	const pairs = { left: Uint32Array.from([0, 4, 5, 0, 0]), right: Uint32Array.from([1, 5, 6, 2, 7]), count: 5 };
	return { comparisons, model, pairs, n: surnames.length };
}

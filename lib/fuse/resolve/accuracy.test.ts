/**
 * Accuracy of entity resolution end to end (blocking → comparisons → unsupervised
 * Fellegi-Sunter → clustering) on the public sets in ../shared/data, against their ground truth.
 * Each test prints precision, recall and F1, and the gap to Splink's published figures
 * (linkage-and-cleaning.md §2.1); Splink itself cannot run here.
 */
import { FEBRL4_BLOCKING_RULES } from '../block';
import { damerauLevenshteinAtThresholds, dateOfBirthComparison, emailComparison, exactMatch, nameComparison } from '../compare';
import { FEBRL4_DETAILED_COMPARISONS, febrlRows, fake1000Labels, fake1000Rows, pairAccuracy, pairKey, pairsWithinClusters, pairsWithinGroups } from './accuracyData.test-helper';
import { resolveEntities } from './resolveEntities';

const entityOf = (recId: string) => /^rec-(\d+)/.exec(recId)![1];
const fmt = (x: number) => x.toFixed(4);
const report = (name: string, a: ReturnType<typeof pairAccuracy>, splink?: number) =>
	console.log(
		`${name}: P ${fmt(a.precision)}, R ${fmt(a.recall)}, F1 ${fmt(a.f1)} (TP ${a.truePositives}, FP ${a.falsePositives}, FN ${a.falseNegatives}); ` +
			(splink === undefined ? 'Splink publishes no F1 for this set' : `Splink's best published F1 ${splink}, gap ${fmt(splink - a.f1)}`),
	);

describe('FEBRL4: linking A against B, unsupervised', () => {
	it('finds the 5,000 true pairs with F1 ≥ 0.99', async () => {
		const [a, b] = await Promise.all([febrlRows('dataset4a.csv'), febrlRows('dataset4b.csv')]);
		const result = resolveEntities(
			[
				{ source: 'A', records: a },
				{ source: 'B', records: b },
			],
			{
				blocking: [...FEBRL4_BLOCKING_RULES],
				comparisons: [...FEBRL4_DETAILED_COMPARISONS],
				scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'date_of_birth' }] }, { keys: [{ field: 'postcode' }] }] },
				threshold: 0.5,
				oneToOne: true,
			},
		);
		const keyOf = (i: number) => String(result.records[i].rec_id);
		const truth = new Set(a.map((row) => pairKey(String(row.rec_id), String(row.rec_id).replace('-org', '-dup-0'))));
		const accuracy = pairAccuracy(pairsWithinClusters(result.clusters, keyOf), truth);
		report('FEBRL4 link, clusters at p ≥ 0.5, one-to-one', accuracy, 0.9998);
		expect(accuracy.f1).toBeGreaterThanOrEqual(0.99);
	});
});

describe('FEBRL3: de-duplication after clustering, unsupervised', () => {
	it('finds the 6,538 true pairs with F1 ≥ 0.98', async () => {
		const rows = await febrlRows('dataset3.csv');
		const result = resolveEntities([{ source: 'febrl3', records: rows }], {
			blocking: ['soc_sec_id', 'given_name', 'surname', 'date_of_birth', 'postcode'].map((field) => ({ keys: [{ field }] })),
			comparisons: [
				nameComparison('given_name', { termFrequency: true }),
				nameComparison('surname', { termFrequency: true }),
				dateOfBirthComparison('date_of_birth'),
				damerauLevenshteinAtThresholds('soc_sec_id', [2]),
				exactMatch('street_number', { termFrequency: true }),
				exactMatch('postcode', { termFrequency: true }),
			],
			scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'date_of_birth' }] }, { keys: [{ field: 'postcode' }] }] },
			threshold: 0.5,
		});
		const ids = rows.map((row) => String(row.rec_id));
		const truth = pairsWithinGroups(ids, entityOf);
		expect(truth.size).toBe(6538);
		const accuracy = pairAccuracy(pairsWithinClusters(result.clusters, (i) => ids[i]), truth);
		report('FEBRL3 dedupe, clusters at p ≥ 0.5', accuracy, 0.9954);
		expect(accuracy.f1).toBeGreaterThanOrEqual(0.98);
	});
});

describe("Splink's fake_1000 against its labels", () => {
	it('scores the clerically labelled pairs', async () => {
		const rows = await fake1000Rows();
		const result = resolveEntities([{ source: 'fake_1000', records: rows }], {
			blocking: [
				{ keys: [{ field: 'first_name' }] },
				{ keys: [{ field: 'surname' }] },
				{ keys: [{ field: 'dob' }] },
				{ keys: [{ field: 'email' }] },
			],
			comparisons: [
				nameComparison('first_name'),
				nameComparison('surname'),
				dateOfBirthComparison('dob'),
				exactMatch('city', { termFrequency: true }),
				emailComparison('email'),
			],
			scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'first_name' }, { field: 'surname' }] }, { keys: [{ field: 'dob' }] }] },
			threshold: 0.5,
		});
		const ids = rows.map((row) => String(row.unique_id));
		const predicted = pairsWithinClusters(result.clusters, (i) => ids[i]);
		const truth = pairsWithinGroups(ids, (id) => String(rows[Number(id)].cluster));
		expect(truth.size).toBe(2031);
		const all = pairAccuracy(predicted, truth);
		report('fake_1000 dedupe against the cluster column', all);
		// The labelled pairs: how many of the 2,031 matches and 1,145 non-matches we get right.
		const labels = await fake1000Labels();
		const labelled = { tp: 0, fp: 0, fn: 0, tn: 0 };
		for (const { left, right, match } of labels) {
			const linked = predicted.has(pairKey(left, right));
			const outcome = match ? (linked ? 'tp' : 'fn') : linked ? 'fp' : 'tn';
			labelled[outcome]++;
		}
		console.log(`fake_1000 labelled pairs: ${JSON.stringify(labelled)}`);
		expect(labelled.tp + labelled.fn).toBe(2031);
		expect(all.precision).toBeGreaterThan(0.9);
		expect(all.f1).toBeGreaterThan(0.8);
	});
});

import { summariseReport } from './summariseReport';
import type { FieldReport, QualityReport } from './types';

const field = (counts: Partial<FieldReport>): FieldReport => ({
	count: 10,
	missingBefore: 0,
	missingAfter: 0,
	filled: 0,
	outliersFound: 0,
	outliersHandled: 0,
	smoothed: 0,
	normalised: 0,
	invalid: 0,
	distinct: 0,
	...counts,
});

describe('summariseReport', () => {
	it('says what went in, out and changed, in one sentence per part', () => {
		const report: QualityReport = {
			recordsIn: 10,
			recordsOut: 6,
			dropped: 2,
			duplicatesRemoved: 1,
			invalid: 1,
			fields: { a: field({ filled: 3, outliersFound: 2, outliersHandled: 1 }), b: field({ normalised: 4, invalid: 1 }) },
		};
		expect(summariseReport(report)).toBe(
			'10 records in, 6 out: 2 dropped, 1 duplicate removed, 1 invalid. Filled 3 missing values, found 2 outliers (1 handled), normalised 4 values, 1 invalid value.',
		);
	});

	it('says when nothing changed', () => {
		expect(summariseReport({ recordsIn: 1, recordsOut: 1, dropped: 0, duplicatesRemoved: 0, invalid: 0, fields: {} })).toBe(
			'1 record in, 1 out. Nothing changed.',
		);
	});
});

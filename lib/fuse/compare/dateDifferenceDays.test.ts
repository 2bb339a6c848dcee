import { dateDifferenceDays } from './dateDifferenceDays';

describe('dateDifferenceDays', () => {
	it('counts absolute days between dates written in any readable way', () => {
		expect(dateDifferenceDays('2024-03-01', '20240228')).toBe(2);
		expect(dateDifferenceDays('20240228', '2024-03-01')).toBe(2);
		expect(dateDifferenceDays('2023-03-01', '2023-02-28')).toBe(1);
		expect(dateDifferenceDays(new Date('1956-09-09'), 19560909)).toBe(0);
		expect(dateDifferenceDays('1956-09-09', '2056-09-09')).toBe(36525);
	});

	it('is NaN when either side is not a date', () => {
		expect(dateDifferenceDays('1956-09-09', 'unknown')).toBeNaN();
		expect(dateDifferenceDays(null, '1956-09-09')).toBeNaN();
		expect(dateDifferenceDays('19561331', '19561231')).toBeNaN();
	});
});

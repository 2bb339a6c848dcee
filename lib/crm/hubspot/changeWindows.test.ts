import { afterPosition, atTime } from './changeWindows';

describe('afterPosition', () => {
	it('reads from the beginning up to the bound without a position', () => {
		expect(afterPosition('lastmodifieddate', undefined, 5000)).toEqual([{ filters: [{ propertyName: 'lastmodifieddate', operator: 'LTE', value: '5000' }] }]);
	});

	it('includes the whole time of a position with an empty id', () => {
		expect(afterPosition('hs_lastmodifieddate', { at: 1000, id: '' }, 5000)).toEqual([
			{
				filters: [
					{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: '1000' },
					{ propertyName: 'hs_lastmodifieddate', operator: 'LTE', value: '5000' },
				],
			},
		]);
	});

	it('reads the rest of the position time by id, then later times', () => {
		expect(afterPosition('lastmodifieddate', { at: 1000, id: '42' }, 5000)).toEqual([
			{
				filters: [
					{ propertyName: 'lastmodifieddate', operator: 'EQ', value: '1000' },
					{ propertyName: 'hs_object_id', operator: 'GT', value: '42' },
				],
			},
			{
				filters: [
					{ propertyName: 'lastmodifieddate', operator: 'GT', value: '1000' },
					{ propertyName: 'lastmodifieddate', operator: 'LTE', value: '5000' },
				],
			},
		]);
	});
});

describe('atTime', () => {
	it('selects one time, after an id when given', () => {
		expect(atTime('lastmodifieddate', 1000, '')).toEqual([{ propertyName: 'lastmodifieddate', operator: 'EQ', value: '1000' }]);
		expect(atTime('lastmodifieddate', 1000, '7')[1]).toEqual({ propertyName: 'hs_object_id', operator: 'GT', value: '7' });
	});
});

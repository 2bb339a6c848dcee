import { dataPath } from './dataPath';

describe('dataPath', () => {
	it('defaults to API version 62.0 and accepts a leading v', () => {
		expect(dataPath({})).toBe('/services/data/v62.0');
		expect(dataPath({ apiVersion: '59.0' })).toBe('/services/data/v59.0');
		expect(dataPath({ apiVersion: 'v64.0' })).toBe('/services/data/v64.0');
	});

	it('refuses versions that are not a version', () => {
		expect(() => dataPath({ apiVersion: '62' })).toThrow('Salesforce API version "62" is not valid: write it like 62.0');
		expect(() => dataPath({ apiVersion: '62.0/../../x' })).toThrow(/not valid/);
	});
});

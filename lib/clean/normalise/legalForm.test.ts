import { legalForm } from './legalForm';

describe('legalForm', () => {
	it('gives the canonical spelling of a trailing legal form', () => {
		expect(legalForm('Acme, Inc.')).toBe('Inc');
		expect(legalForm('  Acme\tL.L.C. ')).toBe('LLC');
		expect(legalForm('Müller GmbH  &  Co.  KG')).toBe('GmbH & Co. KG');
	});

	it('gives undefined without one, or for values that are not text', () => {
		expect(legalForm('Acme')).toBeUndefined();
		expect(legalForm('Siemens Aktiengesellschaft')).toBeUndefined();
		expect(legalForm(null)).toBeUndefined();
		expect(legalForm(42)).toBeUndefined();
	});
});

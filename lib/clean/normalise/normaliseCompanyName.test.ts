import { normaliseCompanyName, type CompanyNameOptions } from './normaliseCompanyName';

const value = (input: unknown, options?: CompanyNameOptions) => {
	const result = normaliseCompanyName(input, options);
	return result.ok ? result.value : result.reason;
};

describe('normaliseCompanyName', () => {
	it('writes the legal form in its canonical spelling by default', () => {
		expect(normaliseCompanyName('Acme, Inc.')).toEqual({ ok: true, value: 'Acme Inc' });
		expect(value('Acme Incorporated')).toBe('Acme Inc');
		expect(value('ACME CORP.')).toBe('ACME Corp');
		expect(value('Müller Bau GmbH u. Co. KG', { suffix: 'standardise' })).toBe('Müller Bau GmbH & Co. KG');
		expect(value('Rossi s.r.l.')).toBe('Rossi Srl');
		expect(value('Widgets Pty. Ltd.')).toBe('Widgets Pty Ltd');
	});

	it('strips the legal form and the comma before it', () => {
		expect(value('Acme, Inc.', { suffix: 'strip' })).toBe('Acme');
		expect(value('Acme Holdings Ltd', { suffix: 'strip' })).toBe('Acme Holdings');
		expect(value('Müller GmbH & Co. KG', { suffix: 'strip' })).toBe('Müller');
	});

	it('collapses whitespace and keeps the rest of the name as written', () => {
		expect(value('  the   acme\tgroup  ')).toBe('the acme group');
		expect(value(' Acme\u00A0 (Europe) ,  L.L.C. ')).toBe('Acme (Europe) LLC');
		expect(value('Smith & Co')).toBe('Smith & Co');
		expect(value('GmbH', { suffix: 'strip' })).toBe('GmbH');
		expect(value(3)).toBe('3');
	});

	it('fails empty names and values that are not text', () => {
		expect(value('   ')).toBe('"   " is not a company name: it is empty');
		expect(value(null)).toBe('null is not a company name');
		expect(value({ name: 'Acme' })).toBe('an object is not a company name');
	});
});

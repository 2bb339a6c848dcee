import { splitLegalForm } from './splitLegalForm';

describe('splitLegalForm', () => {
	it('finds a trailing legal form whatever its case, dots and spacing', () => {
		const cases: Array<[string, string, string]> = [
			['Acme Inc', 'Acme', 'Inc'],
			['Acme Inc.', 'Acme', 'Inc'],
			['ACME INC.', 'ACME', 'Inc'],
			['Acme Incorporated', 'Acme', 'Inc'],
			['Acme Corp.', 'Acme', 'Corp'],
			['Acme Corporation', 'Acme', 'Corp'],
			['Acme Co.', 'Acme', 'Co'],
			['Acme Ltd.', 'Acme', 'Ltd'],
			['Acme Limited', 'Acme', 'Ltd'],
			['Acme L.L.C.', 'Acme', 'LLC'],
			['Acme llc', 'Acme', 'LLC'],
			['Acme LLP', 'Acme', 'LLP'],
			['Acme plc', 'Acme', 'PLC'],
			['Acme GmbH', 'Acme', 'GmbH'],
			['Acme gGmbH', 'Acme', 'gGmbH'],
			['Acme GmbH & Co. KG', 'Acme', 'GmbH & Co. KG'],
			['Acme GmbH & Co KG', 'Acme', 'GmbH & Co. KG'],
			['Acme GmbH u. Co. KG', 'Acme', 'GmbH & Co. KG'],
			['Acme KG', 'Acme', 'KG'],
			['Acme AG', 'Acme', 'AG'],
			['Acme SE', 'Acme', 'SE'],
			['Acme S.A.', 'Acme', 'SA'],
			['Acme SAS', 'Acme', 'SAS'],
			['Acme S.A.R.L.', 'Acme', 'SARL'],
			['Acme S.r.l.', 'Acme', 'Srl'],
			['Acme S.p.A.', 'Acme', 'SpA'],
			['Acme SPA', 'Acme', 'SpA'],
			['Acme B.V.', 'Acme', 'BV'],
			['Acme N.V.', 'Acme', 'NV'],
			['Acme Oy', 'Acme', 'Oy'],
			['Acme AB', 'Acme', 'AB'],
			['Acme A/S', 'Acme', 'A/S'],
			['Acme ApS', 'Acme', 'ApS'],
			['Acme AS', 'Acme', 'AS'],
			['Acme Pty Ltd', 'Acme', 'Pty Ltd'],
			['Acme Pty. Ltd.', 'Acme', 'Pty Ltd'],
			['Acme K.K.', 'Acme', 'KK'],
			['Acme Sp. z o.o.', 'Acme', 'Sp. z o.o.'],
			['Acme sp. z o.o.', 'Acme', 'Sp. z o.o.'],
			['Acme UG (haftungsbeschränkt)', 'Acme', 'UG (haftungsbeschränkt)'],
			['Acme Co., Ltd.', 'Acme', 'Co Ltd'],
			['Acme S.A. de C.V.', 'Acme', 'S.A. de C.V.'],
		];
		for (const [name, rest, legalForm] of cases) expect([name, splitLegalForm(name)]).toEqual([name, { name: rest, legalForm }]);
	});

	it('finds the form after a comma and keeps the rest as written', () => {
		expect(splitLegalForm('Acme, Inc.')).toEqual({ name: 'Acme', legalForm: 'Inc' });
		expect(splitLegalForm('Acme,Inc')).toEqual({ name: 'Acme', legalForm: 'Inc' });
		expect(splitLegalForm('The Acme-Group (Europe) Ltd')).toEqual({ name: 'The Acme-Group (Europe)', legalForm: 'Ltd' });
		expect(splitLegalForm('Johnson & Johnson Inc')).toEqual({ name: 'Johnson & Johnson', legalForm: 'Inc' });
		expect(splitLegalForm('Smith & Co KG')).toEqual({ name: 'Smith & Co', legalForm: 'KG' });
	});

	it('finds none in a name without one, a name that is only a form, or after & and "and"', () => {
		for (const name of ['Acme', 'Incorporated Widgets', 'GmbH', 'Inc.', 'Smith & Co', 'Smith and Co', 'Müller + Co', 'Müller und Co', '', 'Acme Incorporation']) {
			expect([name, splitLegalForm(name)]).toEqual([name, undefined]);
		}
	});

	it('does not take everyday words for forms written the same way', () => {
		expect(splitLegalForm('Luxury Day Spa')).toBeUndefined();
		expect(splitLegalForm('Good As')).toBeUndefined();
		expect(splitLegalForm('Terme SpA')).toEqual({ name: 'Terme', legalForm: 'SpA' });
		expect(splitLegalForm('Norsk Hydro ASA')).toEqual({ name: 'Norsk Hydro', legalForm: 'ASA' });
	});
});

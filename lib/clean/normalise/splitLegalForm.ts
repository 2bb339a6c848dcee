/**
 * Legal forms by canonical spelling, with the other spellings whose key (see {@link formKey})
 * differs; `Inc.`, `INC` and `inc` need no entry. English forms are written without dots
 * (`Inc`, `Ltd`), continental ones as their registers abbreviate them. "Company" is not a
 * legal form here: it ends too many names (The Walt Disney Company).
 */
const LEGAL_FORMS: ReadonlyArray<readonly [string, ...string[]]> = [
	['Inc', 'Incorporated'],
	['Corp', 'Corporation'],
	['Co'],
	['Ltd', 'Limited'],
	['Co Ltd', 'Company Limited'],
	['Pty Ltd', 'Pty Limited', 'Proprietary Limited'],
	['Pte Ltd', 'Pte Limited'],
	['Pvt Ltd', 'Private Limited', 'Pvt Limited'],
	['LLC'],
	['PLLC'],
	['LLP'],
	['LP'],
	['PLC'],
	['GmbH'],
	['gGmbH'],
	['GmbH & Co. KG', 'GmbH und Co. KG', 'GmbH u. Co. KG', 'GmbH + Co. KG'],
	['AG & Co. KG', 'AG und Co. KG'],
	['UG (haftungsbeschränkt)', 'UG', 'UG (haftungsbeschraenkt)', 'UG (haftungsbeschrankt)'],
	['KG'],
	['KGaA'],
	['OHG'],
	['eG'],
	['e.K.'],
	['AG'],
	['SE'],
	['SA'],
	['SAS'],
	['SASU'],
	['SARL'],
	['EURL'],
	['SNC'],
	['Srl'],
	['SpA'],
	['SL'],
	['S.A. de C.V.'],
	['Ltda'],
	['BV'],
	['NV'],
	['Oy'],
	['Oyj'],
	['AB'],
	['A/S'],
	['ApS'],
	['AS'],
	['ASA'],
	['KK', 'Kabushiki Kaisha'],
	['Sp. z o.o.'],
	['s.r.o.'],
	['d.o.o.'],
	['Kft'],
	['Zrt'],
	['Sdn Bhd', 'Sendirian Berhad'],
	['Bhd', 'Berhad'],
];

/** Forms whose key is also an everyday word (Day Spa, Such As): they count only written with a capital inside or a dot (SpA, SPA, S.p.A., AS). */
const WORD_LIKE = new Set(['spa', 'as']);

/** The most words a legal form spans (`GmbH & Co. KG`). */
const MAX_FORM_WORDS = 4;

/** Case, dots, commas, spaces and brackets do not tell legal forms apart; `&`, `+` and `/` do (`A/S` is not `AS`). */
function formKey(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}&+/]/gu, '');
}

const CANONICAL_BY_KEY = new Map<string, string>();
for (const [canonical, ...others] of LEGAL_FORMS) {
	for (const spelling of [canonical, ...others]) CANONICAL_BY_KEY.set(formKey(spelling), canonical);
}

/**
 * Splits a company name into the name and its trailing legal form, in the form's canonical
 * spelling, or returns `undefined` if it has none. The form is found case-insensitively and
 * whatever its dots and spacing (`Inc.`, `INC`, `L.L.C.`, `S.p.A.`, `Pty. Ltd.`, `GmbH & Co.
 * KG`), also after a comma (`Acme, Inc.`); the longest form wins (`Pty Ltd` over `Ltd`). A name
 * that is only a legal form, or whose form follows `&`, `+`, `and` or `und` (`Smith & Co`), has
 * none. The name part is returned as written, without the comma and spaces before the form.
 * Expects whitespace already collapsed.
 *
 * @example
 * splitLegalForm('Acme, Inc.'); // { name: 'Acme', legalForm: 'Inc' }
 * splitLegalForm('Müller Bau GmbH u. Co. KG'); // { name: 'Müller Bau', legalForm: 'GmbH & Co. KG' }
 * splitLegalForm('Smith & Co'); // undefined
 */
export function splitLegalForm(name: string): { name: string; legalForm: string } | undefined {
	const starts: number[] = [];
	for (const word of name.matchAll(/[^\s,]+/g)) starts.push(word.index);
	for (let count = Math.min(MAX_FORM_WORDS, starts.length - 1); count >= 1; count--) {
		const start = starts[starts.length - count];
		const written = name.slice(start);
		const key = formKey(written);
		const legalForm = CANONICAL_BY_KEY.get(key);
		if (legalForm === undefined) continue;
		if (WORD_LIKE.has(key) && !/^.+[A-Z.]/.test(written)) continue;
		const rest = name.slice(0, start).replace(/[\s,]+$/, '');
		if (rest === '' || /(?:[&+]|\band|\bund)$/i.test(rest)) continue;
		return { name: rest, legalForm };
	}
	return undefined;
}

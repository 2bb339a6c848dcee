import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';
import { collapseWhitespace } from './collapseWhitespace';
import { splitLegalForm } from './splitLegalForm';
import { valueText } from './valueText';

export interface CompanyNameOptions {
	/** `'standardise'` (default): write the legal form in its canonical spelling; `'strip'`: remove it. */
	suffix?: 'strip' | 'standardise';
}

/**
 * Normalises a company name: collapses whitespace, then finds a trailing legal form (`Inc.`,
 * `L.L.C.`, `GmbH & Co. KG`, `S.p.A.`, `Pty. Ltd.`, also after a comma: see
 * {@link splitLegalForm}) and either writes it in one canonical spelling after a single space,
 * or strips it with the comma before it. The rest of the name is kept as written, case
 * included: changing case is a separate step. An empty name fails.
 *
 * @example
 * normaliseCompanyName('Acme,  Inc.'); // { ok: true, value: 'Acme Inc' }
 * normaliseCompanyName('Acme, Inc.', { suffix: 'strip' }); // { ok: true, value: 'Acme' }
 * normaliseCompanyName('Müller Bau GmbH u. Co. KG'); // { ok: true, value: 'Müller Bau GmbH & Co. KG' }
 */
export function normaliseCompanyName(value: unknown, options: CompanyNameOptions = {}): ConversionResult<string> {
	const text = valueText(value, 'a company name');
	if (!text.ok) return text;
	const name = collapseWhitespace(text.value);
	if (name === '') return failure(`${describeValue(value)} is not a company name: it is empty`);
	const split = splitLegalForm(name);
	if (split === undefined) return succeed(name);
	return succeed(options.suffix === 'strip' ? split.name : `${split.name} ${split.legalForm}`);
}

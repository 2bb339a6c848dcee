import { collapseWhitespace } from './collapseWhitespace';
import { splitLegalForm } from './splitLegalForm';

/**
 * The legal form at the end of a company name, in its canonical spelling, or `undefined` if the
 * name has none or is not text. See {@link splitLegalForm} for what is recognised.
 *
 * @example
 * legalForm('Acme, Inc.'); // 'Inc'
 * legalForm('Siemens  aktiengesellschaft'); // undefined (only abbreviations, not every long form)
 * legalForm('Müller GmbH & Co. KG'); // 'GmbH & Co. KG'
 */
export function legalForm(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	return splitLegalForm(collapseWhitespace(value))?.legalForm;
}

import type { ConversionResult } from '../../convert/result';
import { changeCase } from '../normalise/changeCase';
import { collapseWhitespace } from '../normalise/collapseWhitespace';
import { fingerprint } from '../normalise/fingerprint';
import { foldAccents } from '../normalise/foldAccents';
import { normaliseCompanyName } from '../normalise/normaliseCompanyName';
import { normaliseCountry } from '../normalise/normaliseCountry';
import { normaliseDate } from '../normalise/normaliseDate';
import { normaliseEmail } from '../normalise/normaliseEmail';
import { normalisePhone } from '../normalise/normalisePhone';
import { normaliseUrl } from '../normalise/normaliseUrl';
import { unicodeNfkc } from '../normalise/unicodeNfkc';
import type { NormaliseStep } from './types';

/**
 * What a normaliser makes of one value: a result, or `undefined` when the value is not text
 * and the normaliser works on text only (a number in a name field is left alone).
 */
export type ValueNormaliser = (value: unknown) => ConversionResult<unknown> | undefined;

/** Normalisers of text to text: they cannot fail. */
const TEXT: Partial<Record<NormaliseStep['normaliser'], (text: string) => string>> = {
	whitespace: collapseWhitespace,
	lower: (text) => changeCase(text, 'lower'),
	upper: (text) => changeCase(text, 'upper'),
	title: (text) => changeCase(text, 'title'),
	nfkc: unicodeNfkc,
	foldAccents,
	fingerprint,
};

/**
 * The function a normalise step applies to each value, with the step's options bound once.
 *
 * @example
 * normaliserFor({ step: 'normalise', fields: ['email'], normaliser: 'email' })(' Anna@Example.COM ');
 * // { ok: true, value: 'anna@example.com' }
 */
export function normaliserFor(step: NormaliseStep): ValueNormaliser {
	const text = TEXT[step.normaliser];
	if (text) return (value) => (typeof value === 'string' ? { ok: true, value: text(value) } : undefined);
	switch (step.normaliser) {
		case 'email':
			return (value) => normaliseEmail(value, { fixTypos: step.fixTypos ?? false });
		case 'phone':
			return (value) => normalisePhone(value, { defaultCountry: step.defaultCountry || undefined });
		case 'date': {
			const options = { inputFormats: step.inputFormats?.length ? step.inputFormats : ['ISO'], output: step.output || 'date' };
			return (value) => normaliseDate(value, options);
		}
		case 'country':
			return (value) => normaliseCountry(value);
		case 'url':
			return (value) => normaliseUrl(value);
		case 'company':
			return (value) => normaliseCompanyName(value, { suffix: step.suffix ?? 'standardise' });
		default:
			throw new Error(`Unknown normaliser "${step.normaliser}"`);
	}
}

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
 * A bound normaliser: `text` ones turn text into text and cannot fail (other values are left
 * alone: a number in a name field stays); `value` ones read any value and may find it invalid.
 * The step calls text ones without a result object per value, which matters at a million values.
 */
export type BoundNormaliser =
	| { kind: 'text'; apply: (text: string) => string }
	| { kind: 'value'; apply: (value: unknown) => ConversionResult<unknown> };

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
 * normaliserFor({ step: 'normalise', fields: ['email'], normaliser: 'email' }).apply(' Anna@Example.COM ');
 * // { ok: true, value: 'anna@example.com' }
 */
export function normaliserFor(step: NormaliseStep): BoundNormaliser {
	const text = TEXT[step.normaliser];
	if (text) return { kind: 'text', apply: text };
	return { kind: 'value', apply: valueNormaliser(step) };
}

function valueNormaliser(step: NormaliseStep): (value: unknown) => ConversionResult<unknown> {
	switch (step.normaliser) {
		case 'email': {
			const options = { fixTypos: step.fixTypos ?? false };
			return (value) => normaliseEmail(value, options);
		}
		case 'phone': {
			const options = { defaultCountry: step.defaultCountry || undefined };
			return (value) => normalisePhone(value, options);
		}
		case 'date': {
			const options = { inputFormats: step.inputFormats?.length ? step.inputFormats : ['ISO'], output: step.output || 'date' };
			return (value) => normaliseDate(value, options);
		}
		case 'country':
			return normaliseCountry;
		case 'url':
			return normaliseUrl;
		case 'company': {
			const options = { suffix: step.suffix ?? ('standardise' as const) };
			return (value) => normaliseCompanyName(value, options);
		}
		default:
			throw new Error(`Unknown normaliser "${step.normaliser}"`);
	}
}

import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';
import { emailDomainSuggestion } from './emailDomainSuggestion';
import { valueText } from './valueText';

export interface EmailOptions {
	/** Replace a domain that looks like a typo of a major provider's (gmial.com → gmail.com) instead of failing. Default `false`. */
	fixTypos?: boolean;
}

/** RFC 5321's limit on a forward path, which is what a mail server will accept. */
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
/** RFC 5322 dot-atoms (after lower-casing): atext runs joined by single dots. Quoted local parts are not accepted. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A host name label; letters of any script so that internationalised domains pass in their Unicode form. */
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;
/** A top-level domain: letters only (no numeric TLDs exist), or an `xn--` punycode label. */
const TOP_LEVEL_DOMAIN = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/u;

/**
 * Normalises an email address: trims it, drops a `mailto:` prefix and lower-cases the whole
 * address (the local part too: no major provider tells case apart, and CRM matching needs one
 * spelling). It must then be a practical address: one `@`; before it, letters, digits and
 * ``!#$%&'*+/=?^_`{|}~-`` in dot-separated runs (no leading, trailing or double dot, at most 64
 * characters); after it, at least two labels of letters (any script, so IDN domains pass
 * unconverted), digits and inner hyphens, the last a TLD of two or more letters; 254 characters
 * in all. Quoted local parts, IP-address domains and comments are refused: valid in RFC 5322, but
 * in CRM data they are mistakes.
 *
 * A domain that looks like a typo of a major provider's (see {@link emailDomainSuggestion}) fails,
 * naming the suggestion, or with `fixTypos` is replaced by it.
 *
 * @example
 * normaliseEmail(' Anna.Schmidt@Example.COM '); // { ok: true, value: 'anna.schmidt@example.com' }
 * normaliseEmail('anna@gmial.com'); // { ok: false, reason: '"anna@gmial.com" is not a valid email: gmial.com looks like a typo of gmail.com' }
 * normaliseEmail('anna@gmial.com', { fixTypos: true }); // { ok: true, value: 'anna@gmail.com' }
 * normaliseEmail('anna.example.com'); // { ok: false, reason: '"anna.example.com" is not a valid email: it has no @' }
 */
export function normaliseEmail(value: unknown, options: EmailOptions = {}): ConversionResult<string> {
	const text = valueText(value, 'an email');
	if (!text.ok) return text;
	let email = text.value.trim().toLowerCase();
	if (email.startsWith('mailto:')) email = email.slice('mailto:'.length);
	const problem = syntaxProblem(email);
	if (problem !== undefined) return failure(`${describeValue(value)} is not a valid email: ${problem}`);

	const at = email.indexOf('@');
	const domain = email.slice(at + 1);
	const suggestion = emailDomainSuggestion(domain);
	if (suggestion === undefined) return succeed(email);
	if (options.fixTypos === true) return succeed(`${email.slice(0, at + 1)}${suggestion}`);
	return failure(`${describeValue(value)} is not a valid email: ${domain} looks like a typo of ${suggestion}`);
}

/** What is wrong with a trimmed, lower-cased address, or `undefined` if nothing. */
function syntaxProblem(email: string): string | undefined {
	if (email === '') return 'it is empty';
	const at = email.indexOf('@');
	if (at < 0) return 'it has no @';
	if (email.indexOf('@', at + 1) >= 0) return 'it has more than one @';
	if (email.length > MAX_EMAIL_LENGTH) return `it is longer than ${MAX_EMAIL_LENGTH} characters`;
	const local = email.slice(0, at);
	if (local === '') return 'it has nothing before the @';
	if (local.length > MAX_LOCAL_LENGTH) return `the part before the @ is longer than ${MAX_LOCAL_LENGTH} characters`;
	if (!LOCAL_PART.test(local)) return 'the part before the @ has a character or dot that is not allowed';
	const domain = email.slice(at + 1);
	if (domain === '') return 'it has no domain after the @';
	const labels = domain.split('.');
	if (labels.length < 2) return `the domain ${domain} has no top-level domain`;
	if (!labels.every((label) => DOMAIN_LABEL.test(label))) return `the domain ${domain} is not a valid host name`;
	if (!TOP_LEVEL_DOMAIN.test(labels[labels.length - 1])) return `the domain ${domain} does not end in a top-level domain of letters`;
	return undefined;
}

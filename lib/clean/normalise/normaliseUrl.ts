import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';
import { valueText } from './valueText';

/** A scheme at the start; `example.com:8080` also matches, which the caller tells apart by the digits. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A DNS label as URL leaves it (lower case, punycode); `_` is tolerated, as browsers do. */
const HOST_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const TOP_LEVEL_DOMAIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalises a web address: trims it and adds `https://` when it has no scheme (`example.com`,
 * `//example.com`, `example.com:8080/x`); only `http` and `https` are accepted. The WHATWG URL
 * parser (the browsers') then lower-cases the scheme and host, writes an internationalised host
 * in punycode, drops the default port and resolves `.` and `..` segments. A fragment, a path
 * that is only `/` and an empty `?` are dropped; the query and any other path, trailing slash
 * included, are kept as written (percent-encoded where needed).
 *
 * The host must be a domain name with a top-level domain of letters (or punycode), `localhost`,
 * an IPv6 address in brackets or an IPv4 address written as four numbers: the URL parser alone
 * would also take `https://123` as the address 0.0.0.123.
 *
 * @example
 * normaliseUrl('Example.COM/About?x=1#team'); // { ok: true, value: 'https://example.com/About?x=1' }
 * normaliseUrl('HTTP://www.Bücher.de:80/'); // { ok: true, value: 'http://www.xn--bcher-kva.de' }
 * normaliseUrl('ftp://example.com'); // { ok: false, reason: '"ftp://example.com" is not a valid URL: only http and https are accepted, not ftp' }
 */
export function normaliseUrl(value: unknown): ConversionResult<string> {
	const text = valueText(value, 'a URL');
	if (!text.ok) return text;
	const invalid = (why: string) => failure(`${describeValue(value)} is not a valid URL: ${why}`);
	let address = text.value.trim();
	if (address === '') return invalid('it is empty');
	if (address.startsWith('//')) {
		address = `https:${address}`;
	} else {
		const scheme = SCHEME.exec(address)?.[0];
		if (scheme === undefined || (!address.startsWith('//', scheme.length) && /^\d/.test(address.slice(scheme.length)))) address = `https://${address}`;
	}

	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return invalid('it cannot be read as a web address');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return invalid(`only http and https are accepted, not ${url.protocol.slice(0, -1)}`);
	const hostProblem = problemWithHost(url.hostname, address.toLowerCase());
	if (hostProblem !== undefined) return invalid(hostProblem);

	url.hash = '';
	// Setting an empty query makes it null, which drops a lone `?`.
	if (url.search === '') url.search = '';
	let href = url.href;
	if (url.pathname === '/') {
		// The first `/` after `scheme://` starts the path: the user info is percent-encoded.
		const slash = href.indexOf('/', url.protocol.length + 2);
		href = `${href.slice(0, slash)}${href.slice(slash + 1)}`;
	}
	return succeed(href);
}

function problemWithHost(hostname: string, typed: string): string | undefined {
	if (hostname === 'localhost' || hostname.startsWith('[')) return undefined;
	if (/^[\d.]+$/.test(hostname)) {
		// The parser turns 123, 0x7f.1 and 10.1 into dotted quads; only a quad as typed is meant as one.
		return IPV4.test(hostname) && typed.includes(hostname) ? undefined : `its host ${hostname} is not a domain name`;
	}
	const labels = hostname.split('.');
	if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return `its host ${hostname} is not a domain name`;
	if (!TOP_LEVEL_DOMAIN.test(labels[labels.length - 1])) return `its host ${hostname} has no top-level domain of letters`;
	return undefined;
}

/** The escapes HubSpot decodes before signing, and their characters (its request-validation table). */
const DECODED: Record<string, string> = {
	'3A': ':',
	'2F': '/',
	'3F': '?',
	'40': '@',
	'21': '!',
	'24': '$',
	'27': "'",
	'28': '(',
	'29': ')',
	'2A': '*',
	'2C': ',',
	'3B': ';',
};

/**
 * The request URI as HubSpot puts it into a v3 signature: the URL it called with exactly the
 * escapes of HubSpot's table decoded (%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B) and every
 * other one, like %20 or %26, left as it is. A general decoder (decodeURIComponent, .NET's
 * UrlDecode) would decode those too, turn `+` into a space or throw on a stray `%`, and the
 * signature would no longer match. Hex digits count in either case, as in any percent-escape.
 * Source: https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 * ("Validate the v3 request signature", the table of encoded values).
 *
 * @example
 * hubSpotSignatureUri('https://h.example/hook?next=https%3A%2F%2Fa.example%2Fx&q=a%20b%2Bc');
 * // 'https://h.example/hook?next=https://a.example/x&q=a%20b%2Bc'
 */
export function hubSpotSignatureUri(url: string): string {
	return url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (_match, hex: string) => DECODED[hex.toUpperCase()]);
}

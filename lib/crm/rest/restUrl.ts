/**
 * Joins the base URL and a path with exactly one slash between them. A path that is already an
 * absolute URL is used as it is.
 *
 * @example
 * restUrl('https://api.example.com/v1/', 'contacts'); // 'https://api.example.com/v1/contacts'
 */
export function restUrl(baseUrl: string, path: string): string {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
	const base = baseUrl.replace(/\/+$/, '');
	const tail = path.replace(/^\/+/, '');
	return tail === '' ? base : `${base}/${tail}`;
}

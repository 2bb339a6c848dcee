/**
 * The element names of a path such as `contacts.contact` or `/contacts/contact`. A path with a `/`
 * is split on `/` only, so names holding dots (`v1.2`) can be reached as `/root/v1.2`.
 *
 * @example
 * splitXmlPath('contacts.contact');  // ['contacts', 'contact']
 * splitXmlPath('/feed/v1.2/entry');  // ['feed', 'v1.2', 'entry']
 */
export function splitXmlPath(path: string): string[] {
	return path
		.split(path.includes('/') ? '/' : '.')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

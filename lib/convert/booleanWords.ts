/**
 * Words read as true or false (compared trimmed and lower-cased). Each language's pair is listed
 * together; `no` serves English and Spanish alike, `si`/`sí` Spanish and Italian.
 */
export const BOOLEAN_WORDS: ReadonlyArray<{ language: string; true: readonly string[]; false: readonly string[] }> = [
	{ language: 'generic', true: ['true', 't', '1'], false: ['false', 'f', '0'] },
	{ language: 'English', true: ['yes', 'y', 'on'], false: ['no', 'n', 'off'] },
	{ language: 'German', true: ['ja', 'j', 'wahr'], false: ['nein', 'falsch'] },
	{ language: 'French', true: ['oui', 'vrai'], false: ['non', 'faux'] },
	{ language: 'Spanish / Italian', true: ['si', 'sí', 'verdadero', 'vero'], false: ['falso'] },
	{ language: 'Dutch', true: ['waar'], false: ['nee', 'onwaar'] },
];

import { BOOLEAN_WORDS } from './booleanWords';

describe('BOOLEAN_WORDS', () => {
	const all = BOOLEAN_WORDS.flatMap((entry) => [...entry.true, ...entry.false]);

	it('never lists a word twice, so no word is both true and false', () => {
		expect(new Set(all).size).toBe(all.length);
	});

	it('lists words already trimmed and lower-cased, as they are compared', () => {
		for (const word of all) expect(word).toBe(word.trim().toLowerCase());
	});
});

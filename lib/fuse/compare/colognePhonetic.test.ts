import { colognePhonetic } from './colognePhonetic';

describe('colognePhonetic', () => {
	it('gives the reference codes', () => {
		expect(colognePhonetic('Guten Morgen')).toBe('426746');
		expect(colognePhonetic('Müller-Lüdenscheidt')).toBe('65752682');
		expect(colognePhonetic('Wikipedia')).toBe('3412');
		expect(colognePhonetic('Breschnew')).toBe('17863');
	});

	it('gives one code to names that sound alike', () => {
		for (const name of ['Meyer', 'Maier', 'Mayr', 'Meier', 'Mayer']) expect(colognePhonetic(name)).toBe('67');
		expect(colognePhonetic('Schmidt')).toBe(colognePhonetic('Schmitt'));
		expect(colognePhonetic('Müller')).toBe(colognePhonetic('Mueller'));
		expect(colognePhonetic('Strauß')).toBe(colognePhonetic('Strauss'));
	});

	it('reads C by its neighbours and its place in the word', () => {
		expect(colognePhonetic('Carl')).toBe('475'); // C at the start before A: K
		expect(colognePhonetic('Cecilie')).toBe('885'); // at the start before E, and inside before I: S
		expect(colognePhonetic('Becker')).toBe('147'); // inside before K: K
		expect(colognePhonetic('Hans Christian')).toBe('06847826'); // each word has its own start
		expect(colognePhonetic('Xaver')).toBe('4837');
		expect(colognePhonetic('Alexander')).toBe('0548627');
		expect(colognePhonetic('Dachs')).toBe('248');
		expect(colognePhonetic('Philipp')).toBe('351');
	});

	it('keeps a leading 0 and gives an empty code without letters', () => {
		expect(colognePhonetic('Anna')).toBe('06');
		expect(colognePhonetic('')).toBe('');
		expect(colognePhonetic('123 -')).toBe('');
	});
});

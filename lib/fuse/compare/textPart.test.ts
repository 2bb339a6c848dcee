import { textPart } from './textPart';

describe('textPart', () => {
	it("splits an email as Splink's regexes do", () => {
		expect(textPart('john.smith@example.com', 'emailUser')).toBe('john.smith');
		expect(textPart('john.smith@example.com', 'emailDomain')).toBe('example.com');
		expect(textPart('a@b@c.org', 'emailUser')).toBe('a');
		expect(textPart('a@b@c.org', 'emailDomain')).toBe('c.org');
	});

	it('has no part where the regex would find none', () => {
		expect(textPart('john.smith', 'emailUser')).toBe('john.smith');
		expect(textPart('john.smith', 'emailDomain')).toBeUndefined();
		expect(textPart('@example.com', 'emailUser')).toBeUndefined();
		expect(textPart('john@', 'emailDomain')).toBeUndefined();
	});
});

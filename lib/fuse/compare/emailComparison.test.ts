import { checkComparison } from './checkComparison';
import { emailComparison } from './emailComparison';

describe('emailComparison', () => {
	it("has Splink 4's EmailComparison levels", () => {
		expect(emailComparison('email')).toEqual({
			field: 'email',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact', termFrequency: true },
				{ kind: 'exact', part: 'emailUser' },
				{ kind: 'jaroWinkler', threshold: 0.88 },
				{ kind: 'jaroWinkler', threshold: 0.88, part: 'emailUser' },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(emailComparison('x'))).not.toThrow();
	});
});

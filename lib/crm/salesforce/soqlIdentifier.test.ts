import { CrmApiError } from '../http/CrmApiError';
import { soqlIdentifier } from './soqlIdentifier';

describe('soqlIdentifier', () => {
	it('accepts standard, custom and relationship names', () => {
		for (const name of ['Id', 'Email', 'Score__c', 'ns__Score__c', 'Account.Name', 'Parent__r.Owner.Name', 'X1']) {
			expect(soqlIdentifier(name, 'field')).toBe(name);
		}
		expect(soqlIdentifier('Invoice__c', 'object')).toBe('Invoice__c');
	});

	it('refuses anything that could carry SOQL, naming the name', () => {
		for (const name of ['', ' Id', 'Name,Id', "Name' OR", 'Name FROM User', '1Name', '_x', 'Account.', 'a..b', 'Id;', 'COUNT()']) {
			expect(() => soqlIdentifier(name, 'field')).toThrow(CrmApiError);
		}
		expect(() => soqlIdentifier('Name FROM User', 'field')).toThrow('Salesforce field name "Name FROM User" is not valid');
		expect(() => soqlIdentifier('Account.Name', 'object')).toThrow(/object name "Account.Name" is not valid/);
		expect(() => soqlIdentifier(undefined as unknown as string, 'object')).toThrow(/object name undefined is not valid/);
	});

	it('is a BAD_REQUEST error and shortens long names', () => {
		let caught: unknown;
		try {
			soqlIdentifier(`${'x'.repeat(200)} y`, 'field');
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(CrmApiError);
		expect((caught as CrmApiError).code).toBe('BAD_REQUEST');
		expect((caught as CrmApiError).message.length).toBeLessThan(250);
	});
});

import { selectFields } from './selectFields';

describe('selectFields', () => {
	it('selects the id, name, date and cursor fields of each object', () => {
		expect(selectFields('Account')).toEqual(['Id', 'Name', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp']);
		expect(selectFields('Contact')).toEqual(['Id', 'FirstName', 'LastName', 'Email', 'Phone', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp']);
		expect(selectFields('Lead').slice(1, 5)).toEqual(['FirstName', 'LastName', 'Email', 'Phone']);
		expect(selectFields('Case').slice(1, 3)).toEqual(['CaseNumber', 'Subject']);
		expect(selectFields('Invoice__c')[1]).toBe('Name');
	});

	it('adds requested fields once, whatever their letter case', () => {
		expect(selectFields('Account', ['Industry', 'name', ' OwnerId ', 'industry', 'Owner.Name'])).toEqual([
			'Id',
			'Name',
			'CreatedDate',
			'LastModifiedDate',
			'SystemModstamp',
			'Industry',
			'OwnerId',
			'Owner.Name',
		]);
	});

	it('refuses a property that is not a field name', () => {
		expect(() => selectFields('Account', ['Name FROM User'])).toThrow('Salesforce field name "Name FROM User" is not valid');
	});
});

import { FormatError } from '../../core/formatError';
import { resolveSheet } from './resolveSheet';

const NAMES = ['Leads', 'Accounts', 'leads 2'];

describe('resolveSheet', () => {
	test('defaults to the first sheet', () => {
		expect(resolveSheet(undefined, NAMES)).toEqual({ index: 1, name: 'Leads' });
	});

	test('finds a sheet by 1-based position', () => {
		expect(resolveSheet(2, NAMES)).toEqual({ index: 2, name: 'Accounts' });
		expect(resolveSheet(3, NAMES)).toEqual({ index: 3, name: 'leads 2' });
	});

	test('finds a sheet by name, exactly or ignoring case', () => {
		expect(resolveSheet('Accounts', NAMES)).toEqual({ index: 2, name: 'Accounts' });
		expect(resolveSheet('ACCOUNTS', NAMES)).toEqual({ index: 2, name: 'Accounts' });
	});

	test('refuses an unknown name, naming it and listing the sheets', () => {
		const attempt = () => resolveSheet('Contacts', NAMES);
		expect(attempt).toThrow(FormatError);
		expect(attempt).toThrow('Sheet not found: the workbook has 3 sheets: "Leads", "Accounts", "leads 2" (sheet "Contacts")');
	});

	test('refuses positions out of range or not whole', () => {
		expect(() => resolveSheet(4, NAMES)).toThrow('There is no sheet 4: the workbook has 3 sheets');
		expect(() => resolveSheet(0, NAMES)).toThrow(FormatError);
		expect(() => resolveSheet(1.5, NAMES)).toThrow(FormatError);
		expect(() => resolveSheet(2, ['Only'])).toThrow('the workbook has 1 sheet: "Only"');
	});

	test('refuses a workbook without sheets', () => {
		expect(() => resolveSheet(undefined, [])).toThrow('The workbook has no sheets');
	});
});

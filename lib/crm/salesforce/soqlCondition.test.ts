import { CrmApiError } from '../http/CrmApiError';
import { soqlCondition } from './soqlCondition';
import type { SalesforceFilter } from './types';

const condition = (field: string, operator: SalesforceFilter['operator'], value: string, type?: SalesforceFilter['type']) => soqlCondition({ field, operator, value, type });

describe('soqlCondition', () => {
	it('maps every operator', () => {
		expect(condition('LastName', 'eq', 'Smith')).toBe("LastName = 'Smith'");
		expect(condition('LastName', 'neq', 'Smith')).toBe("LastName != 'Smith'");
		expect(condition('Amount', 'gt', '10')).toBe('Amount > 10');
		expect(condition('Amount', 'gte', '10.5')).toBe('Amount >= 10.5');
		expect(condition('Amount', 'lt', '-3')).toBe('Amount < -3');
		expect(condition('CloseDate', 'lte', '2024-03-01')).toBe('CloseDate <= 2024-03-01');
		expect(condition('Name', 'contains', 'Acme')).toBe("Name LIKE '%Acme%'");
	});

	it('leaves whole numbers, booleans, null and dates unquoted in auto mode, and quotes everything else', () => {
		expect(condition('IsDeleted', 'eq', 'false')).toBe('IsDeleted = false');
		expect(condition('Email', 'eq', 'null')).toBe('Email = null');
		expect(condition('CreatedDate', 'gt', '2024-03-01T10:00:00.000+0000')).toBe('CreatedDate > 2024-03-01T10:00:00Z');
		expect(condition('Name', 'eq', '10 Downing St')).toBe("Name = '10 Downing St'");
		expect(condition('Name', 'eq', '2024-03-01T10:00 meeting')).toBe("Name = '2024-03-01T10:00 meeting'");
		expect(condition('Name', 'eq', 'True')).toBe("Name = 'True'");
	});

	it('follows an explicit value type', () => {
		expect(condition('Phone', 'eq', '5550100', 'string')).toBe("Phone = '5550100'");
		expect(condition('Amount', 'gt', ' 12 ', 'number')).toBe('Amount > 12');
		expect(condition('IsWon', 'eq', 'TRUE', 'boolean')).toBe('IsWon = true');
		expect(condition('CloseDate', 'eq', '2024-03-01', 'date')).toBe('CloseDate = 2024-03-01');
		expect(condition('LastActivityDate', 'eq', 'NULL', 'null')).toBe('LastActivityDate = null');
		expect(condition('CreatedDate', 'lt', '2024-03-01T12:00:00+02:00', 'datetime')).toBe('CreatedDate < 2024-03-01T10:00:00Z');
		expect(() => condition('Amount', 'gt', '12; DELETE', 'number')).toThrow('Salesforce filter on Amount: "12; DELETE" is not a number');
		expect(() => condition('IsWon', 'eq', 'yes', 'boolean')).toThrow(/not true or false/);
		expect(() => condition('CloseDate', 'eq', '2024-03-01 OR Id != null', 'date')).toThrow(/not a date/);
		expect(() => condition('X', 'eq', 'a', 'null')).toThrow(/not null/);
	});

	it('escapes injection attempts in values and LIKE wildcards in contains', () => {
		expect(condition('LastName', 'eq', "x' OR LastName != 'x")).toBe("LastName = 'x\\' OR LastName != \\'x'");
		expect(condition('LastName', 'eq', "\\' OR Id != null OR Name = '")).toBe("LastName = '\\\\\\' OR Id != null OR Name = \\''");
		expect(condition('Name', 'contains', "50%_' OR")).toBe("Name LIKE '%50\\%\\_\\' OR%'");
	});

	it('refuses bad fields, operators, types and values with BAD_REQUEST', () => {
		const refusals = [
			() => condition('Name = Name OR Id', 'eq', 'x'),
			() => condition('Name', 'like' as never, 'x'),
			() => condition('Name', 'eq', 'x', 'weird' as never),
			() => soqlCondition({ field: 'Name', operator: 'eq', value: 3 as unknown as string }),
		];
		for (const refuse of refusals) {
			try {
				refuse();
				throw new Error('not refused');
			} catch (error) {
				expect(error).toBeInstanceOf(CrmApiError);
				expect((error as CrmApiError).code).toBe('BAD_REQUEST');
			}
		}
		expect(() => condition('Name', 'like' as never, 'x')).toThrow('Salesforce filter on Name: unknown operator "like" (use eq, neq, gt, gte, lt, lte or contains)');
	});
});

import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { isXmlName, toXmlName } from './toXmlName';

describe('isXmlName', () => {
	test('accepts XML names, unicode letters and namespace prefixes', () => {
		for (const name of ['a', '_x', 'first_name', 'e-mail', 'v1.2', 'prénom', 'straße', '名前', 'crm:id', '__proto__']) {
			expect(isXmlName(name)).toBe(true);
		}
	});

	test('rejects names that cannot be written', () => {
		for (const name of ['', '1a', '-a', '.a', ':a', 'a b', 'a/b', 'a@b', '@_id', '#text', 'a😀']) {
			expect(isXmlName(name)).toBe(false);
		}
	});
});

describe('toXmlName', () => {
	test('keeps valid names as they are', () => {
		expect(toXmlName('first_name')).toBe('first_name');
		expect(toXmlName('crm:id')).toBe('crm:id');
		expect(toXmlName('prénom')).toBe('prénom');
	});

	test('replaces invalid characters with _ and prefixes _ when the start is invalid', () => {
		expect(toXmlName('first name')).toBe('first_name');
		expect(toXmlName('2fa')).toBe('_2fa');
		expect(toXmlName('-x')).toBe('_-x');
		expect(toXmlName(':x')).toBe('_:x');
		expect(toXmlName('a/b?c')).toBe('a_b_c');
		expect(toXmlName('@id')).toBe('_id');
		expect(toXmlName('')).toBe('_');
	});

	test('replaces an astral character with a single _', () => {
		expect(toXmlName('a😀b')).toBe('a_b');
	});

	test('always yields a name that fast-xml-parser accepts as a tag and an attribute', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (key) => {
				const name = toXmlName(key);
				expect(isXmlName(name)).toBe(true);
				expect(XMLValidator.validate(`<${name} ${name}="v"/>`)).toBe(true);
			}),
		);
	});
});

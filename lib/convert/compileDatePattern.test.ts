import { compileDatePattern, type CompiledDatePattern } from './compileDatePattern';

function compiled(pattern: string): CompiledDatePattern {
	const result = compileDatePattern(pattern);
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

const reason = (pattern: string) => {
	const result = compileDatePattern(pattern);
	return result.ok ? 'compiled' : result.reason;
};

describe('compileDatePattern', () => {
	it('reads the fields of a matching text', () => {
		expect(compiled('dd.MM.yyyy HH:mm').read('31.12.2024 23:59')).toEqual({
			wall: { year: 2024, month: 12, day: 31, hour: 23, minute: 59, second: 0, millisecond: 0 },
		});
		expect(compiled('yyyy-MM-dd HH:mm:ss.SSS').read('2024-01-02 03:04:05.006')?.wall).toEqual({
			year: 2024,
			month: 1,
			day: 2,
			hour: 3,
			minute: 4,
			second: 5,
			millisecond: 6,
		});
	});

	it('reads one- or two-digit fields with M, d and H', () => {
		expect(compiled('M/d/yyyy').read('3/7/2024')?.wall).toMatchObject({ month: 3, day: 7 });
		expect(compiled('M/d/yyyy').read('12/31/2024')?.wall).toMatchObject({ month: 12, day: 31 });
		expect(compiled('d.M.yyyy H:mm').read('1.2.2024 9:05')?.wall).toMatchObject({ day: 1, month: 2, hour: 9, minute: 5 });
	});

	it('reads fields written next to each other', () => {
		expect(compiled('yyyyMMddHHmm').read('202403150930')?.wall).toMatchObject({ year: 2024, month: 3, day: 15, hour: 9, minute: 30 });
	});

	it('reads an offset with ZZ', () => {
		expect(compiled("yyyy-MM-dd'T'HH:mmZZ").read('2024-03-15T10:00+05:30')?.offsetMs).toBe(19_800_000);
		expect(compiled("yyyy-MM-dd'T'HH:mmZZ").read('2024-03-15T10:00Z')?.offsetMs).toBe(0);
		expect(compiled("yyyy-MM-dd'T'HH:mmZZ").read('2024-03-15T10:00+25:00')).toBeUndefined();
	});

	it('does not match text of another shape', () => {
		const pattern = compiled('dd.MM.yyyy');
		for (const text of ['2024-12-31', '31.12.24', '31.12.2024 10:00', '1.12.2024', '31/12/2024', 'x31.12.2024']) {
			expect([text, pattern.read(text)]).toEqual([text, undefined]);
		}
	});

	it('does not check ranges, which is left to the caller', () => {
		expect(compiled('dd.MM.yyyy').read('31.02.2024')?.wall).toMatchObject({ day: 31, month: 2 });
	});

	it('treats quoted text and punctuation as literal', () => {
		expect(compiled("yyyy-MM-dd'T'HH").parts).toEqual([
			{ token: 'yyyy' },
			{ literal: '-' },
			{ token: 'MM' },
			{ literal: '-' },
			{ token: 'dd' },
			{ literal: 'T' },
			{ token: 'HH' },
		]);
		expect(compiled("HH 'o''clock'").parts).toEqual([{ token: 'HH' }, { literal: " o'clock" }]);
		expect(compiled("yyyy''MM").parts).toEqual([{ token: 'yyyy' }, { literal: "'" }, { token: 'MM' }]);
		expect(compiled('yyyy.(MM)*').read('2024.(05)*')?.wall.month).toBe(5);
	});

	it('refuses unknown tokens, naming them', () => {
		expect(reason('YYYY-MM-DD')).toBe(
			`unknown token "YYYY" in date format "YYYY-MM-DD": use yyyy, MM, M, dd, d, HH, H, mm, ss, SSS, ZZ, and quote other letters ('T')`,
		);
		expect(reason('yyyy-MM-ddTHH:mm')).toMatch(/^unknown token "T"/);
		expect(reason('yyyy-MMM-dd')).toMatch(/^unknown token "MMM"/);
		expect(reason('constructor')).toMatch(/^unknown token "c"/);
	});

	it('refuses an unclosed quote and a field given twice', () => {
		expect(reason("yyyy-MM-dd'T")).toBe(`date format "yyyy-MM-dd'T" has an unclosed quote`);
		expect(reason('yyyy MM M')).toBe('date format "yyyy MM M" has the month twice');
	});
});

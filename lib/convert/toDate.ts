import { compileDatePattern, type CompiledDatePattern } from './compileDatePattern';
import { describeValue } from './describeValue';
import { formatInstant } from './formatInstant';
import { NAMED_DATE_FORMATS, type DateReader } from './namedDateFormats';
import { failure, succeed, type ConversionResult } from './result';
import { resolveTimeZone, zoneOffset } from './timeZone';
import { invalidWallTime, MAX_YEAR, MIN_YEAR, utcMsToWall, wallToUtcMs } from './wallTime';
import { wallTimeToInstant } from './wallTimeToInstant';

export interface DateOptions {
	/**
	 * Formats tried in order; the first that reads the value as a valid date wins. Each is a name
	 * (`ISO`, `unix`, `unix_ms`, `excel`: see `NAMED_DATE_FORMATS`) or a pattern of
	 * `DATE_TOKENS` (`dd.MM.yyyy`, `MM/dd/yyyy HH:mm`). Default `['ISO']`, so a day-first or
	 * month-first date is never guessed.
	 */
	inputFormats?: string[];
	/** IANA zone of values written without an offset, and of the output. Default `'UTC'`. */
	timeZone?: string;
	/** `'iso'` (default): ISO 8601 with milliseconds and offset; or a pattern such as `dd.MM.yyyy`. */
	output?: string;
}

/** Instants safely inside what `Date` and Intl handle; the exact year check is done in the zone. */
const MAX_ABS_MS = 8.64e15 - 2 * 86_400_000;

/**
 * Converts a date value to text in a chosen time zone and format. Text (trimmed) and numbers
 * (read as their decimal text, e.g. for `unix` or `excel`) are tried against the input formats
 * in order; a `Date` is taken as the instant it is. A value with an offset (`Z`, `+02:00`) is
 * that instant; one without is a wall time in `timeZone`, resolved across daylight saving
 * changes as `wallTimeToInstant` describes (a skipped 02:30 becomes 03:30). Nonexistent dates
 * such as `31.02.2024` fail with the reason, as do years outside 0001–9999.
 *
 * Bad options (an unknown token, an unknown time zone, no input format) are reported as
 * failures too, for every value, even if an earlier format would have matched.
 *
 * @example
 * toDate('31.03.2024 02:30', { inputFormats: ['dd.MM.yyyy HH:mm'], timeZone: 'Europe/Berlin' });
 * // { ok: true, value: '2024-03-31T03:30:00.000+02:00' }
 * toDate('2024-03-15T10:00:00Z', { timeZone: 'America/New_York', output: 'dd.MM.yyyy HH:mm' });
 * // { ok: true, value: '15.03.2024 06:00' }
 * toDate('31.02.2024', { inputFormats: ['dd.MM.yyyy'] });
 * // { ok: false, reason: '"31.02.2024" is not a valid date: 2024-02 has only 29 days' }
 */
export function toDate(value: unknown, options: DateOptions = {}): ConversionResult<string> {
	const zone = resolveTimeZone(options.timeZone ?? 'UTC');
	if (!zone.ok) return zone;
	let output: 'iso' | CompiledDatePattern = 'iso';
	if (options.output !== undefined && options.output.toLowerCase() !== 'iso') {
		const pattern = compileDatePattern(options.output);
		if (!pattern.ok) return pattern;
		output = pattern.value;
	}
	const formats = options.inputFormats ?? ['ISO'];
	if (formats.length === 0) return failure('no input date format is given');
	const readers: DateReader[] = [];
	for (const format of formats) {
		const reader = readerFor(format);
		if (!reader.ok) return reader;
		readers.push(reader.value);
	}

	let epochMs: number;
	if (value instanceof Date) {
		epochMs = value.getTime();
		if (Number.isNaN(epochMs)) return failure('an invalid date cannot be converted');
	} else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string') {
		const read = readValue(String(value).trim(), readers);
		if (read === undefined) return failure(`${describeValue(value)} does not match the date formats ${formats.join(', ')}`);
		if (!read.ok) return failure(`${describeValue(value)} is not a valid date: ${read.reason}`);
		const reading = read.value;
		if ('epochMs' in reading) epochMs = reading.epochMs;
		else if (reading.offsetMs !== undefined) epochMs = wallToUtcMs(reading.wall) - reading.offsetMs;
		else epochMs = wallTimeToInstant(reading.wall, zone.value);
	} else {
		return failure(`${describeValue(value)} is not a date`);
	}

	if (!(Math.abs(epochMs) <= MAX_ABS_MS)) return failure(`${describeValue(value)} is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
	// Output patterns write four-digit years, so the year as seen in the output zone must have four.
	const { year } = utcMsToWall(epochMs + zoneOffset(zone.value, epochMs));
	if (year < MIN_YEAR || year > MAX_YEAR) return failure(`${describeValue(value)} is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
	return succeed(formatInstant(epochMs, zone.value, output));
}

/**
 * Tries the readers in order: the first valid date wins, so `25/12/2024` still reads with
 * `dd/MM/yyyy` after failing `MM/dd/yyyy`. If the shape matched but no date was valid, the first
 * such failure explains it; `undefined` means no format had the value's shape.
 */
function readValue(text: string, readers: DateReader[]): ReturnType<DateReader> {
	let firstInvalid: ReturnType<DateReader>;
	for (const reader of readers) {
		const read = reader(text);
		if (read?.ok) return read;
		firstInvalid ??= read;
	}
	return firstInvalid;
}

function readerFor(format: string): ConversionResult<DateReader> {
	const name = format.trim().toLowerCase();
	if (Object.hasOwn(NAMED_DATE_FORMATS, name)) return succeed(NAMED_DATE_FORMATS[name]);
	const pattern = compileDatePattern(format);
	if (!pattern.ok) return pattern;
	const tokens = new Set(pattern.value.parts.flatMap((part) => ('token' in part ? [part.token.slice(0, 1)] : [])));
	if (!tokens.has('y') || !tokens.has('M') || !tokens.has('d')) return failure(`date format "${format}" needs yyyy, MM and dd to read a date`);
	const read = pattern.value.read;
	return succeed((text: string) => {
		const reading = read(text);
		if (reading === undefined) return undefined;
		const invalid = invalidWallTime(reading.wall);
		return invalid === undefined ? succeed(reading) : failure(invalid);
	});
}


import type { ConversionResult } from '../../convert/result';
import { toDate } from '../../convert/toDate';

export interface NormaliseDateOptions {
	/** Formats tried in order, as `toDate` takes them: `ISO`, `unix`, `excel`, or patterns such as `dd.MM.yyyy`. */
	inputFormats: string[];
	/**
	 * `'date'` (default): the ISO 8601 calendar date `yyyy-MM-dd`; `'dateTime'`: ISO 8601 with
	 * milliseconds and offset (toDate's `iso`); anything else: an output pattern of `DATE_TOKENS`.
	 */
	output?: 'date' | 'dateTime' | (string & {});
	/** IANA zone of values written without an offset, and of the output. Default `'UTC'`. */
	timeZone?: string;
}

/**
 * Normalises a date to one format. All reading is {@link toDate}'s: the input formats are tried
 * in order and a day-first or month-first date is never guessed; nonexistent dates fail with the
 * reason, as do bad options (an unknown token or zone), for every value.
 *
 * @example
 * normaliseDate('15.03.2024', { inputFormats: ['dd.MM.yyyy', 'ISO'] }); // { ok: true, value: '2024-03-15' }
 * normaliseDate('03/15/2024 14:30', { inputFormats: ['MM/dd/yyyy HH:mm'], output: 'dateTime' });
 * // { ok: true, value: '2024-03-15T14:30:00.000Z' }
 * normaliseDate('2024-03-15', { inputFormats: ['ISO'], output: 'dd.MM.yyyy' }); // { ok: true, value: '15.03.2024' }
 */
export function normaliseDate(value: unknown, options: NormaliseDateOptions): ConversionResult<string> {
	const output = options.output ?? 'date';
	return toDate(value, {
		inputFormats: options.inputFormats,
		timeZone: options.timeZone,
		output: output === 'date' ? 'yyyy-MM-dd' : output === 'dateTime' ? 'iso' : output,
	});
}

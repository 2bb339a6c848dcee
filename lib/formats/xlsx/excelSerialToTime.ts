const DAY = 24 * 60 * 60 * 1000;
/** Serial number of 1970-01-01 in the 1900 date system (which counts the non-existent 1900-02-29). */
const UNIX_EPOCH_1900 = 25_569;
/** Days from the 1900 date system's day 0 to the 1904 one's. */
const DAYS_1900_TO_1904 = 1_462;

/**
 * The time (milliseconds since 1970, UTC) of an Excel date serial number, rounded to the nearest
 * millisecond. read-excel-file rounds down, so a time Excel stores as 12:30:00 can come out as
 * 12:29:59.999; rounding to the nearest gets it right. Serials before 1900-03-01 are taken as
 * read-excel-file and write-excel-file take them (Excel itself is a day off there).
 *
 * @example
 * new Date(excelSerialToTime(45322.5, false)).toISOString(); // '2024-01-31T12:00:00.000Z'
 */
export function excelSerialToTime(serial: number, date1904: boolean): number {
	return Math.round((serial + (date1904 ? DAYS_1900_TO_1904 : 0) - UNIX_EPOCH_1900) * DAY);
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1900 system, counting its phantom 29 February 1900) to 1 January 1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day 0s. */
const DATE_1904_OFFSET = 1462;

/**
 * The serial number Excel stores (and `range.values` reports) for a date exceljs decoded.
 * exceljs turns a date-formatted number n into the instant (n − 25569) days after 1970 in UTC, a
 * straight line that ignores the phantom 29 February 1900; this is exactly its inverse, so every
 * stored serial comes back unchanged, 60 (the phantom day) and those before 1 March 1900 included.
 * (The domain's civilDateToExcelSerial is calendar-correct, and so one day off exceljs's line
 * before March 1900; only the exact inverse gives back what the file stores.)
 * Milliseconds are where exceljs rounded; the result is rounded to 1e-9 of a day to drop the float noise.
 * @example excelSerial(new Date(Date.UTC(2015, 4, 1)), false) // 42125
 */
export function excelSerial(date: Date, date1904: boolean): number {
  const serial =
    UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * 1e9) / 1e9;
}

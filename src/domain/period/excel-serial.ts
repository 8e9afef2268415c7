import { partsOf, formatIsoDate, type CivilDate, type DateParts } from "../calendar/civil-date";
import { fail, ok, type Calc } from "../result/calc";

/** Serial 1 is 1 January 1900 in Excel's default (1900) date system. */
export const EXCEL_SERIAL_MIN = 1;
/** Serial 2958465 is 31 December 9999, the last date Excel accepts. */
export const EXCEL_SERIAL_MAX = 2958465;
/** The serial Excel gives 29 February 1900, a day that never existed. */
export const EXCEL_PHANTOM_LEAP_DAY = 60;

// Serial 25569 is 1970-01-01 (CivilDate 0). From 1 March 1900 (serial 61) on, every serial is one
// more than the real day count because Excel, copying Lotus 1-2-3, treats 1900 as a leap year.
const SERIAL_OF_EPOCH = 25569;
const FIRST_DATE = (EXCEL_SERIAL_MIN - SERIAL_OF_EPOCH + 1) as CivilDate;
const LAST_DATE = (EXCEL_SERIAL_MAX - SERIAL_OF_EPOCH) as CivilDate;

/**
 * The calendar parts of an Excel 1900-system serial, including Excel's fictitious 29 February 1900
 * (serial 60), so a sheet's own view of a cell can be shown. A time fraction is ignored: 42095.75
 * is 18:00 on 1 April 2015, still that day.
 * @example excelSerialToParts(42095) // ok({ year: 2015, month: 4, day: 1 })
 * @example excelSerialToParts(60) // ok({ year: 1900, month: 2, day: 29 })
 */
export function excelSerialToParts(serial: number): Calc<DateParts> {
  const whole = wholeSerial(serial);
  if (!whole.ok) return whole;
  if (whole.value === EXCEL_PHANTOM_LEAP_DAY) return ok({ year: 1900, month: 2, day: 29 });
  return ok(partsOf(dateOfSerial(whole.value)));
}

/**
 * The real calendar day of an Excel 1900-system serial. Serial 60 (29 February 1900, which Excel
 * invents) is an error rather than a silent shift to a neighbouring day.
 * @example excelSerialToCivilDate(42095) // ok(civilDate(2015, 4, 1))
 */
export function excelSerialToCivilDate(serial: number): Calc<CivilDate> {
  const whole = wholeSerial(serial);
  if (!whole.ok) return whole;
  if (whole.value === EXCEL_PHANTOM_LEAP_DAY) {
    return fail(
      "INVALID_INPUT",
      "Excel serial 60 is 29 February 1900, a day that never existed (Excel counts 1900 as a leap year)."
    );
  }
  return ok(dateOfSerial(whole.value));
}

/**
 * The Excel 1900-system serial that shows `date`; dates before 1900 or after 9999 have none.
 * @example civilDateToExcelSerial(civilDate(2015, 4, 1)) // ok(42095)
 */
export function civilDateToExcelSerial(date: CivilDate): Calc<number> {
  if (!Number.isInteger(date) || date < FIRST_DATE || date > LAST_DATE) {
    const shown = Number.isInteger(date) ? formatIsoDate(date) : String(date);
    return fail(
      "INVALID_INPUT",
      `The date ${shown} is outside Excel's range (1900-01-01 to 9999-12-31).`
    );
  }
  const serial = date + SERIAL_OF_EPOCH;
  return ok(serial > EXCEL_PHANTOM_LEAP_DAY ? serial : serial - 1);
}

function wholeSerial(serial: number): Calc<number> {
  if (typeof serial !== "number" || !Number.isFinite(serial)) {
    return fail("INVALID_INPUT", `${String(serial)} is not an Excel date serial number.`);
  }
  const whole = Math.floor(serial);
  if (whole < EXCEL_SERIAL_MIN || whole > EXCEL_SERIAL_MAX) {
    return fail(
      "INVALID_INPUT",
      `${serial} is outside Excel's date serials (${EXCEL_SERIAL_MIN} to ${EXCEL_SERIAL_MAX}, 1900-01-01 to 9999-12-31).`
    );
  }
  return ok(whole);
}

function dateOfSerial(whole: number): CivilDate {
  return (whole - SERIAL_OF_EPOCH + (whole < EXCEL_PHANTOM_LEAP_DAY ? 1 : 0)) as CivilDate;
}

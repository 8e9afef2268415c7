import { civilDate, isValidDate, type CivilDate } from "../../domain/calendar/civil-date";
import { excelSerialToCivilDate } from "../../domain/period/excel-serial";
import { fail, type Calc } from "../../domain/result/calc";
import { describe, isExcelErrorText } from "./cells";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as Excel passes it: a serial number in the 1900 date system (what a date cell holds), or
 * ISO text such as "2015-04-01". Other text ("01/04/2015") is refused: its day and month order
 * depends on the machine's locale, and a guess could silently move a referral by months.
 */
export function dateFrom(value: unknown, where: string): Calc<CivilDate> {
  if (typeof value === "number") {
    const date = excelSerialToCivilDate(value);
    return date.ok ? date : fail("INVALID_INPUT", `${where}: ${date.error.detail}`);
  }
  if (typeof value === "string" && !isExcelErrorText(value)) {
    const match = ISO_DATE.exec(value.trim());
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (isValidDate(year, month, day)) return { ok: true, value: civilDate(year, month, day) };
      return fail("INVALID_INPUT", `${where} is "${value}", which is not a real date.`);
    }
  }
  return fail(
    "INVALID_INPUT",
    `${where} is ${describe(value)}, not a date (give a date cell, or text such as 2015-04-01).`
  );
}

import { monthKeyOfDate } from "../domain/calendar/civil-date";
import { financialYearLabel, financialYearOf } from "../domain/period/financial-year";
import { fail, ok, type Calc } from "../domain/result/calc";
import { optionalNumber } from "./args/cells";
import { dateFrom } from "./args/dates";

export function excelFinYear(date: unknown, fyStartMonth: unknown): Calc<string> {
  const day = dateFrom(date, "date");
  if (!day.ok) return day;
  const start = optionalNumber(fyStartMonth, 4, "fy_start_month");
  if (!start.ok) return start;
  if (!Number.isInteger(start.value) || start.value < 1 || start.value > 12) {
    return fail(
      "INVALID_NUMBER",
      `fy_start_month is ${start.value}; give a month number from 1 to 12 (4 is April).`
    );
  }
  const month = monthKeyOfDate(day.value);
  return ok(financialYearLabel(financialYearOf(month, start.value), start.value));
}

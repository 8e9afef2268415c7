import { monthKeyOfDate } from "../domain/calendar/civil-date";
import { financialYearLabel, financialYearOf } from "../domain/period/financial-year";
import { ok, type Calc } from "../domain/result/calc";
import { fyStartFrom } from "./args/fy-start";
import { dateFrom } from "./args/dates";

export function excelFinYear(date: unknown, fyStartMonth: unknown): Calc<string> {
  const day = dateFrom(date, "date");
  if (!day.ok) return day;
  const start = fyStartFrom(fyStartMonth);
  if (!start.ok) return start;
  const month = monthKeyOfDate(day.value);
  return ok(financialYearLabel(financialYearOf(month, start.value), start.value));
}

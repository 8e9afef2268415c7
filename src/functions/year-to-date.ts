import { parseMonthLabel } from "../domain/period/parse-month";
import { formatMonth, type MonthKey } from "../domain/period/month";
import { fail, ok, type Calc } from "../domain/result/calc";
import { seriesYearToDate, seriesYearToDateProportion } from "../domain/series/series-year-to-date";
import {
  cellsOf,
  describe,
  isBlank,
  numberFrom,
  optionalText,
  sameShape,
  shapeOf,
} from "./args/cells";
import { fyStartFrom } from "./args/fy-start";

/** A month argument: a date serial, or a label such as Apr 2015 or 2015-04. */
function monthFrom(value: unknown, where: string): Calc<MonthKey> {
  const month = parseMonthLabel(value);
  return month.ok ? month : fail("INVALID_INPUT", `${where}: ${month.error.detail}`);
}

/**
 * Monthly values keyed by month from two same-sized ranges. A row whose month and value are both
 * blank is skipped; a month with a blank value is simply absent (missing, not 0).
 */
function seriesFrom(
  values: unknown[][],
  months: unknown[][],
  valuesName: string
): Calc<Map<MonthKey, number>> {
  if (!sameShape(values, months)) {
    return fail(
      "INVALID_INPUT",
      `${valuesName} is ${shapeOf(values)} but months is ${shapeOf(months)}; they must be the same size.`
    );
  }
  const vs = cellsOf(values);
  const ms = cellsOf(months);
  const series = new Map<MonthKey, number>();
  for (let i = 0; i < ms.length; i++) {
    if (isBlank(ms[i])) {
      if (isBlank(vs[i])) continue;
      return fail(
        "INVALID_INPUT",
        `Cell ${i + 1} of months is blank but ${valuesName} has ${describe(vs[i])} beside it.`
      );
    }
    const month = monthFrom(ms[i], `Cell ${i + 1} of months`);
    if (!month.ok) return month;
    if (series.has(month.value)) {
      return fail(
        "INVALID_INPUT",
        `${formatMonth(month.value)} appears twice in months (cell ${i + 1}).`
      );
    }
    if (isBlank(vs[i])) continue;
    const value = numberFrom(vs[i], `Cell ${i + 1} of ${valuesName}`);
    if (!value.ok) return value;
    series.set(month.value, value.value);
  }
  return ok(series);
}

export function excelYtd(
  values: unknown[][],
  months: unknown[][],
  reportingMonth: unknown,
  kind: unknown,
  fyStartMonth: unknown
): Calc<number> {
  const series = seriesFrom(values, months, "values");
  if (!series.ok) return series;
  const month = monthFrom(reportingMonth, "reporting_month");
  if (!month.ok) return month;
  const kindText = optionalText(kind, "flow", "kind");
  if (!kindText.ok) return kindText;
  const measureKind = kindText.value.toLowerCase();
  if (measureKind !== "flow" && measureKind !== "stock") {
    return fail(
      "INVALID_INPUT",
      `kind is "${kindText.value}"; use "flow" (events in the month) or "stock" (a month-end count).`
    );
  }
  const start = fyStartFrom(fyStartMonth);
  if (!start.ok) return start;
  return seriesYearToDate(series.value, measureKind, month.value, start.value);
}

export function excelYtdProportion(
  numerators: unknown[][],
  denominators: unknown[][],
  months: unknown[][],
  reportingMonth: unknown,
  fyStartMonth: unknown
): Calc<number> {
  const nums = seriesFrom(numerators, months, "numerators");
  if (!nums.ok) return nums;
  const dens = seriesFrom(denominators, months, "denominators");
  if (!dens.ok) return dens;
  const month = monthFrom(reportingMonth, "reporting_month");
  if (!month.ok) return month;
  const start = fyStartFrom(fyStartMonth);
  if (!start.ok) return start;
  return seriesYearToDateProportion(nums.value, dens.value, month.value, start.value);
}

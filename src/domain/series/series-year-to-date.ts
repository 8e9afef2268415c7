import type { MeasureKind } from "../measures/measure-def";
import {
  DEFAULT_FY_START_MONTH,
  financialYearLabel,
  financialYearOf,
} from "../period/financial-year";
import { formatMonth, type MonthKey } from "../period/month";
import { fail, ok, type Calc } from "../result/calc";
import { sumFlows, stocksAt } from "./aggregate";
import { buildMeasureTable, type MeasureTable } from "./measure-table";
import { yearToDateWindow } from "./window";

/** One or two monthly series (a numerator and a denominator) as the engine's dense table. */
function tableOf(
  series: readonly ReadonlyMap<MonthKey, number>[],
  kind: MeasureKind
): MeasureTable {
  const ids = series.map((_, i) => `series${i}`);
  const data = new Map(ids.map((id, i) => [id, series[i] ?? new Map<MonthKey, number>()]));
  const defs = Object.fromEntries(ids.map((id) => [id, { name: id, kind, aliases: [] }]));
  return buildMeasureTable(data, defs);
}

function missingDetail(
  missing: readonly MonthKey[],
  reportingMonth: MonthKey,
  fyStartMonth: number
): string {
  const year = financialYearLabel(financialYearOf(reportingMonth, fyStartMonth), fyStartMonth);
  const names = missing.map(formatMonth).join(", ");
  return `${year} to ${formatMonth(reportingMonth)} has no value for ${names}; a missing month is not 0.`;
}

/**
 * Year to date of one monthly series at `reportingMonth`: a flow's sum since the start of the
 * financial year, a stock's value at the reporting month (never a sum). Every month the window needs
 * must be present.
 * @example seriesYearToDate(new Map([[monthKey(2015, 4), 10], [monthKey(2015, 5), 12]]), "flow", monthKey(2015, 5)) // ok(22)
 */
export function seriesYearToDate(
  series: ReadonlyMap<MonthKey, number>,
  kind: MeasureKind,
  reportingMonth: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): Calc<number> {
  const table = tableOf([series], kind);
  if (kind === "stock") {
    const { values } = stocksAt(table, ["series0"], reportingMonth);
    const value = values?.[0];
    return value === undefined
      ? fail("NO_DATA", `There is no value for ${formatMonth(reportingMonth)}.`)
      : ok(value);
  }
  const totals = sumFlows(table, ["series0"], yearToDateWindow(reportingMonth, fyStartMonth));
  if (totals.missingMonths.length > 0) {
    return fail("NO_DATA", missingDetail(totals.missingMonths, reportingMonth, fyStartMonth));
  }
  return ok(totals.totals[0] ?? 0);
}

/**
 * Year-to-date proportion of two flows, Σnumerator ÷ Σdenominator since the start of the financial
 * year, as a fraction.
 * @example seriesYearToDateProportion(refsToAssessment, refs, monthKey(2013, 12)) // ok(0.847…)
 */
export function seriesYearToDateProportion(
  numerators: ReadonlyMap<MonthKey, number>,
  denominators: ReadonlyMap<MonthKey, number>,
  reportingMonth: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): Calc<number> {
  const table = tableOf([numerators, denominators], "flow");
  const totals = sumFlows(
    table,
    ["series0", "series1"],
    yearToDateWindow(reportingMonth, fyStartMonth)
  );
  if (totals.missingMonths.length > 0) {
    return fail("NO_DATA", missingDetail(totals.missingMonths, reportingMonth, fyStartMonth));
  }
  const [numerator = 0, denominator = 0] = totals.totals;
  if (denominator === 0)
    return fail("DIV_BY_ZERO", "The denominators add up to 0 over the year to date.");
  return ok(numerator / denominator);
}

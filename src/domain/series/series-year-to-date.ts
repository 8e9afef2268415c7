import type { MeasureKind } from "../measures/measure-def";
import {
  DEFAULT_FY_START_MONTH,
  financialYearLabel,
  financialYearOf,
} from "../period/financial-year";
import { formatMonth, type MonthKey } from "../period/month";
import { chainCalc, fail, ok, type Calc } from "../result/calc";
import { finiteResult } from "../arithmetic/finite";
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
 * must be present. The values may be any flow, so they are not bounded as counts are; a sum past
 * what a number holds (two months of 1e308) is INVALID_NUMBER, never Infinity.
 * @example seriesYearToDate(new Map([[monthKey(2015, 4), 10], [monthKey(2015, 5), 12]]), "flow", monthKey(2015, 5)) // ok(22)
 * @example seriesYearToDate(new Map([[monthKey(2015, 5), 12]]), "flow", monthKey(2015, 5)) // fail NO_DATA: 2015/16 to May-15 has no value for Apr-15
 * @example seriesYearToDate(new Map([[monthKey(2015, 4), 10]]), "stock", monthKey(2015, 5)) // fail NO_DATA: there is no value for May-15
 * @example seriesYearToDate(new Map([[monthKey(2015, 4), 1e308], [monthKey(2015, 5), 1e308]]), "flow", monthKey(2015, 5)) // fail INVALID_NUMBER
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
  return finiteResult(totals.totals[0] ?? 0, "The year to date");
}

/**
 * Year-to-date proportion of two flows, Σnumerator ÷ Σdenominator since the start of the financial
 * year, as a fraction. Sums that overflow, or a ratio that does (denominators adding up to 1e-320),
 * are INVALID_NUMBER rather than Infinity or NaN.
 * @example seriesYearToDateProportion(refsToAssessment, refs, monthKey(2013, 12)) // ok(0.847…)
 * @example seriesYearToDateProportion(refsToAssessment, new Map(), monthKey(2013, 12)) // fail NO_DATA: naming the months missing
 * @example seriesYearToDateProportion(new Map([[monthKey(2015, 4), 3]]), new Map([[monthKey(2015, 4), 0]]), monthKey(2015, 4)) // fail DIV_BY_ZERO
 * @example seriesYearToDateProportion(new Map([[monthKey(2015, 4), 1]]), new Map([[monthKey(2015, 4), 1e-320]]), monthKey(2015, 4)) // fail INVALID_NUMBER
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
  return chainCalc(finiteResult(numerator, "The numerators' year to date"), (n) =>
    chainCalc(finiteResult(denominator, "The denominators' year to date"), (d) =>
      finiteResult(n / d, "The year-to-date proportion")
    )
  );
}

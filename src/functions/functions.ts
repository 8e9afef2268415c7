/* eslint-disable @typescript-eslint/no-explicit-any --
   Excel passes cells as any: a number[][] parameter would turn blank cells into zeros, and blanks
   must never be zeros here, so every argument arrives untyped and src/functions/args checks it. */
import { loadBenchmarks } from "../domain/benchmarks/load-benchmarks";
import { excelBenchmark, excelNeighbourAverage } from "./benchmarks";
import { excelIndicator, excelIndicators } from "./catalogue";
import { excelDot, excelRag, excelVariance } from "./compare";
import { excelSuppress } from "./disclosure";
import { toExcel } from "./excel-error";
import { excelFinYear } from "./periods";
import { excelForecast, excelProportion, excelRatePer10k, excelRollingRate } from "./rates";
import { excelRepeatPlanRate, excelRereferralRate, excelRereferrals } from "./records";
import { excelTimeliness, excelWorkingDays } from "./working-days";
import { excelYtd, excelYtdProportion } from "./year-to-date";

/**
 * A count per 10,000 children aged 0–17.
 * @customfunction RATEPER10K
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-rateper10k
 * @param count Number of children or events, such as children looked after at the month end.
 * @param population Children aged 0–17 (ONS mid-year estimate).
 * @returns count ÷ population × 10,000.
 */
export function ratePer10k(count: any, population: any): number {
  return toExcel(excelRatePer10k(count, population));
}

/**
 * Annualised rate per 10,000 children from the last months of a row or column of monthly counts.
 * @customfunction ROLLINGRATE
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-rollingrate
 * @param monthly_counts Monthly counts of a flow, oldest first; blank cells after the last month are ignored.
 * @param population Children aged 0–17 (ONS mid-year estimate).
 * @param [months] How many of the latest months to use, 1 to 12 (default 12); fewer are scaled up to a year.
 * @returns Σ last months × 12 ÷ months ÷ population × 10,000.
 */
export function rollingRate(monthly_counts: any[][], population: any, months?: any): number {
  return toExcel(excelRollingRate(monthly_counts, population, months));
}

/**
 * Pooled proportion: the sum of the numerators over the sum of the denominators.
 * @customfunction PROPORTION
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-proportion
 * @param numerators Counts such as re-referrals by month; rows blank on both sides are skipped.
 * @param denominators Counts such as referrals by month, the same size as numerators.
 * @returns Σnumerators ÷ Σdenominators, as a fraction for the % format.
 */
export function proportion(numerators: any[][], denominators: any[][]): number {
  return toExcel(excelProportion(numerators, denominators));
}

/**
 * Year to date: the sum of a flow since the start of the financial year, or a stock's latest value.
 * @customfunction YTD
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-ytd
 * @param values Monthly values; a blank is a missing month, never 0.
 * @param months The month of each value (dates or labels such as Apr 2015), the same size as values.
 * @param reporting_month The month the year to date runs to.
 * @param [kind] "flow" (events in the month, summed; the default) or "stock" (a month-end count).
 * @param [fy_start_month] First month of the financial year, 1 to 12 (default 4, April).
 * @returns The year-to-date value.
 */
export function ytd(
  values: any[][],
  months: any[][],
  reporting_month: any,
  kind?: any,
  fy_start_month?: any
): number {
  return toExcel(excelYtd(values, months, reporting_month, kind, fy_start_month));
}

/**
 * Year-to-date proportion of two flows: Σnumerators ÷ Σdenominators since the start of the financial year.
 * @customfunction YTDPROPORTION
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-ytdproportion
 * @param numerators Monthly numerators, such as referrals progressing to assessment.
 * @param denominators Monthly denominators, such as referrals.
 * @param months The month of each value, the same size as numerators.
 * @param reporting_month The month the year to date runs to.
 * @param [fy_start_month] First month of the financial year, 1 to 12 (default 4, April).
 * @returns The year-to-date proportion, as a fraction for the % format.
 */
export function ytdProportion(
  numerators: any[][],
  denominators: any[][],
  months: any[][],
  reporting_month: any,
  fy_start_month?: any
): number {
  return toExcel(
    excelYtdProportion(numerators, denominators, months, reporting_month, fy_start_month)
  );
}

/**
 * Year-end projection of a flow from its year to date.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-forecast
 * @param ytd_value Year-to-date total of a flow, such as missing incidents since April.
 * @param months_elapsed Months of the financial year so far, 1 to 12.
 * @returns ytd_value ÷ months_elapsed × 12.
 */
export function forecast(ytd_value: any, months_elapsed: any): number {
  return toExcel(excelForecast(ytd_value, months_elapsed));
}

/**
 * Share of referrals in the period that came within 12 months of the same child's previous referral.
 * @customfunction REREFERRALRATE
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-rereferralrate
 * @param child_ids One child id per referral; include the 12 months before the period so earlier referrals are seen.
 * @param referral_dates The date of each referral, the same size as child_ids.
 * @param [period_start] First day of the period (default: the earliest referral).
 * @param [period_end] Last day of the period (default: the latest referral).
 * @returns Re-referrals ÷ referrals in the period, as a fraction for the % format.
 */
export function rereferralRate(
  child_ids: any[][],
  referral_dates: any[][],
  period_start?: any,
  period_end?: any
): number {
  return toExcel(excelRereferralRate(child_ids, referral_dates, period_start, period_end));
}

/**
 * TRUE for each referral that came within 12 months of the same child's previous referral.
 * @customfunction REREFERRALS
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-rereferrals
 * @param child_ids One child id per referral.
 * @param referral_dates The date of each referral, the same size as child_ids.
 * @returns A column of TRUE/FALSE, one per referral (blank for blank rows).
 */
export function rereferrals(child_ids: any[][], referral_dates: any[][]): any[][] {
  return toExcel(excelRereferrals(child_ids, referral_dates));
}

/**
 * Share of child protection plan starts in the period that are a second or subsequent plan.
 * @customfunction REPEATPLANRATE
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-repeatplanrate
 * @param child_ids One child id per plan start; include earlier plans so they are seen.
 * @param plan_start_dates The start date of each plan, the same size as child_ids.
 * @param [period_start] First day of the period (default: the earliest plan start).
 * @param [period_end] Last day of the period (default: the latest plan start).
 * @returns Repeat plans ÷ plan starts in the period, as a fraction for the % format.
 */
export function repeatPlanRate(
  child_ids: any[][],
  plan_start_dates: any[][],
  period_start?: any,
  period_end?: any
): number {
  return toExcel(excelRepeatPlanRate(child_ids, plan_start_dates, period_start, period_end));
}

/**
 * Working days after the start date up to and including the end date, less England and Wales bank holidays.
 * @customfunction WORKINGDAYS
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-workingdays
 * @param start_date The start, such as the date a referral was accepted for assessment.
 * @param end_date The end, such as the date the assessment was authorised.
 * @returns Working days; the same day is 0.
 */
export function workingDays(start_date: any, end_date: any): number {
  return toExcel(excelWorkingDays(start_date, end_date));
}

/**
 * Share of completed pairs (such as assessments) finished within a number of working days.
 * @customfunction TIMELINESS
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-timeliness
 * @param start_dates Start dates.
 * @param end_dates End dates, the same size; rows without an end date are still open and not counted.
 * @param [limit] Working days allowed (default 45).
 * @returns Completed within the limit ÷ completed, as a fraction for the % format.
 */
export function timeliness(start_dates: any[][], end_dates: any[][], limit?: any): number {
  return toExcel(excelTimeliness(start_dates, end_dates, limit));
}

/**
 * Difference between a value and a comparator, absolute or relative.
 * @customfunction VARIANCE
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-variance
 * @param value The authority's value.
 * @param comparator The comparator, such as statistical neighbours or England.
 * @param [relative] TRUE for (value − comparator) ÷ comparator; FALSE (default) for value − comparator.
 * @returns The variance, in the value's unit (percentage points for percentages) or as a fraction.
 */
export function variance(value: any, comparator: any, relative?: any): number {
  return toExcel(excelVariance(value, comparator, relative));
}

/**
 * Red, Amber or Green against a target (or, for a range polarity, a band of good values).
 * @customfunction RAG
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-rag
 * @param value The value to rate.
 * @param target The target; for polarity "range", two cells holding the low and high ends of the good band.
 * @param polarity "higher" (H), "lower" (L) or "range" (R): which way is better.
 * @param [tolerance] How far past the target is still Amber (default 5% of the target).
 * @param [tolerance_type] "relative" or "%" (a fraction of the target; default), or "absolute", "points" or "pp" (in the value's unit), as on the settings and comparators sheets.
 * @returns "Red", "Amber" or "Green".
 */
export function rag(
  value: any,
  target: any[][],
  polarity: any,
  tolerance?: any,
  tolerance_type?: any
): string {
  return toExcel(excelRag(value, target, polarity, tolerance, tolerance_type));
}

/**
 * Direction of travel between two values, aware of which way is better.
 * @customfunction DOT
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-dot
 * @param current The current value.
 * @param previous The earlier value, such as last month or the same month last year.
 * @param polarity "higher" (H) or "lower" (L): which way is better.
 * @param [threshold] A change this small or smaller is "No change" (default 0), in the values' unit.
 * @returns "Improving", "Worsening" or "No change".
 */
export function dot(current: any, previous: any, polarity: any, threshold?: any): string {
  return toExcel(excelDot(current, previous, polarity, threshold));
}

/**
 * The financial year a date falls in.
 * @customfunction FINYEAR
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-finyear
 * @param date A date.
 * @param [fy_start_month] First month of the financial year, 1 to 12 (default 4, April).
 * @returns A label such as "2015/16".
 */
export function finYear(date: any, fy_start_month?: any): string {
  return toExcel(excelFinYear(date, fy_start_month));
}

/**
 * A count for publication: the suppression symbol when it is small enough to identify children.
 * @customfunction SUPPRESS
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-suppress
 * @param value A count.
 * @param [threshold] Counts from 1 to this are suppressed (default 5); 0 is never suppressed.
 * @param [symbol] What to show instead (default "c", the GSS symbol for confidential).
 * @returns The count, or the symbol.
 */
export function suppress(value: any, threshold?: any, symbol?: any): any {
  return toExcel(excelSuppress(value, threshold, symbol));
}

/**
 * A property of an indicator in the catalogue.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-indicator
 * @param id The indicator's id (such as rereferral_pct) or name.
 * @param [property] "name" (default), "definition", "unit", "polarity", "section", "source", "decimals" or "id".
 * @returns The property's value.
 */
export function indicator(id: any, property?: any): any {
  return toExcel(excelIndicator(id, property));
}

/**
 * The indicator catalogue as a table: id, name, section, unit, polarity, decimals, definition, source.
 * @customfunction INDICATORS
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-indicators
 * @returns A spilled table with a header row.
 */
export function indicators(): any[][] {
  return excelIndicators();
}

/**
 * A published figure for an English authority, region or England, from the built-in DfE statistics (Open Government Licence v3.0).
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-benchmark
 * @param indicator An indicator id or name with national data, such as rereferral_pct.
 * @param area An authority's name or code (874, E06000031), a region, or England.
 * @param [comparator] "england" (default), "region" (the area's), "area" (its own figure), "sn" (its statistical neighbours' mean), "rank" or "quartile" (1 best, among all authorities).
 * @param [year] The year the figures end in (2025) or "2024/25"; the latest when blank.
 * @returns The figure, percentages as fractions for the % format; #N/A with the reason where it is withheld or not collected.
 */
export async function benchmark(
  indicator: any,
  area: any,
  comparator?: any,
  year?: any
): Promise<number> {
  const data = await loadBenchmarks();
  return toExcel(excelBenchmark(data, indicator, area, comparator, year));
}

/**
 * An authority's statistical-neighbour figure (DfE's 2025 model, 10 neighbours), leaving out neighbours whose figures are withheld.
 * @customfunction SNAVERAGE
 * @helpurl https://localhost:3000/taskpane.html#functions/csc-snaverage
 * @param indicator An indicator id or name with national data, such as rereferral_pct.
 * @param authority The authority's name or code (874, E06000031).
 * @param [year] The year the figures end in (2025) or "2024/25"; the latest when blank.
 * @param [method] "mean" (default, as LAIT), "median", or "pooled" (Σnumerator ÷ Σdenominator).
 * @returns The neighbours' figure, percentages as fractions; #N/A with the reason when none has one.
 */
export async function snAverage(
  indicator: any,
  authority: any,
  year?: any,
  method?: any
): Promise<number> {
  const data = await loadBenchmarks();
  return toExcel(excelNeighbourAverage(data, indicator, authority, year, method));
}

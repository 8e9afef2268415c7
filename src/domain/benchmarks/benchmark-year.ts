import { monthKey, type MonthKey } from "../period/month";
import type { BenchmarkPeriod } from "./benchmark-indicators";

/**
 * How a scorecard labels a published year: a year to 31 March as the financial year it ends
 * ("2024/25"), the workforce census by its year ("2025", at 30 September).
 * @example benchmarkYearLabel(2025, "yearToMarch") // "2024/25"
 * @example benchmarkYearLabel(2025, "september") // "2025"
 */
export function benchmarkYearLabel(year: number, period: BenchmarkPeriod): string {
  if (period === "september") return String(year);
  return `${year - 1}/${String(year % 100).padStart(2, "0")}`;
}

/**
 * The month a published year ends in: March, or September for the workforce census.
 * @example yearEndMonth(2025, "yearToMarch") === monthKey(2025, 3) // true
 */
export function yearEndMonth(year: number, period: BenchmarkPeriod): MonthKey {
  return monthKey(year, period === "september" ? 9 : 3);
}

/**
 * The latest of the years a series has that has ended by the reporting month, so a scorecard of
 * May 2015 is compared with 2014/15 and one of May 2025 with 2024/25; null when every year is later.
 * With no reporting month, the latest year there is.
 * @example latestYearBy([2023, 2024, 2025], "yearToMarch", monthKey(2024, 5)) // 2024
 */
export function latestYearBy(
  years: readonly number[],
  period: BenchmarkPeriod,
  reportingMonth?: MonthKey
): number | null {
  let latest: number | null = null;
  for (const year of years) {
    if (reportingMonth !== undefined && yearEndMonth(year, period) > reportingMonth) continue;
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

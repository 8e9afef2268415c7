import { addMonths, monthKey, monthOf, yearOf, type MonthKey } from "./month";

/** April, the start of the English public-sector financial year. */
export const DEFAULT_FY_START_MONTH = 4;

/**
 * The calendar year in which the financial year containing `month` starts.
 * @example financialYearOf(monthKey(2016, 2)) // 2015, for 2015/16
 */
export function financialYearOf(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): number {
  assertStartMonth(fyStartMonth);
  const year = yearOf(month);
  return monthOf(month) >= fyStartMonth ? year : year - 1;
}

/**
 * The label analysts and the DfE use; a January start gives a plain calendar year.
 * @example financialYearLabel(2015) // "2015/16"
 */
export function financialYearLabel(
  startYear: number,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): string {
  assertStartMonth(fyStartMonth);
  if (fyStartMonth === 1) return String(startYear);
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** @example financialYearStart(monthKey(2016, 2)) // April 2015 */
export function financialYearStart(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): MonthKey {
  return monthKey(financialYearOf(month, fyStartMonth), fyStartMonth);
}

/**
 * Months of the financial year up to and including `month`: 1 in the first month.
 * @example monthsElapsedInYear(monthKey(2015, 12)) // 9 (April to December)
 */
export function monthsElapsedInYear(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): number {
  return month - financialYearStart(month, fyStartMonth) + 1;
}

/** The twelve months of the financial year that starts in `startYear`. */
export function monthsOfFinancialYear(
  startYear: number,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): MonthKey[] {
  const first = monthKey(startYear, fyStartMonth);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

function assertStartMonth(fyStartMonth: number): void {
  if (!Number.isInteger(fyStartMonth) || fyStartMonth < 1 || fyStartMonth > 12) {
    throw new RangeError(`financial year start month ${fyStartMonth} is not 1–12`);
  }
}

import { addMonths, type MonthKey } from "../period/month";
import {
  DEFAULT_FY_START_MONTH,
  financialYearStart,
  monthsElapsedInYear,
} from "../period/financial-year";

/** An inclusive run of months. */
export interface MonthWindow {
  readonly from: MonthKey;
  readonly to: MonthKey;
}

/** @example monthWindow(monthKey(2015, 5)) // { from: May-15, to: May-15 } */
export function monthWindow(month: MonthKey): MonthWindow {
  return { from: month, to: month };
}

/**
 * The financial year so far: from its first month to `month`.
 * @example yearToDateWindow(monthKey(2015, 5)) // { from: Apr-15, to: May-15 }
 */
export function yearToDateWindow(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): MonthWindow {
  return { from: financialYearStart(month, fyStartMonth), to: month };
}

/** @example rolling12Window(monthKey(2015, 5)) // { from: Jun-14, to: May-15 } */
export function rolling12Window(month: MonthKey): MonthWindow {
  return { from: addMonths(month, -11), to: month };
}

/** @example windowLength({ from: monthKey(2015, 4), to: monthKey(2015, 6) }) // 3 */
export function windowLength(window: MonthWindow): number {
  return window.to - window.from + 1;
}

/**
 * The financial quarter so far: from the first month of the quarter `month` falls in, to `month`.
 * Quarters are counted from the financial year's start (April to June is quarter 1), as councils'
 * quarterly reports count them; in a quarter's last month this is the whole quarter.
 * @example quarterWindow(monthKey(2015, 12)) // { from: Oct-15, to: Dec-15 }: quarter 3
 * @example quarterWindow(monthKey(2015, 11)) // { from: Oct-15, to: Nov-15 }: quarter 3 so far
 */
export function quarterWindow(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): MonthWindow {
  const intoQuarter = (monthsElapsedInYear(month, fyStartMonth) - 1) % 3;
  return { from: addMonths(month, -intoQuarter), to: month };
}

/**
 * Which financial quarter `month` falls in, 1 to 4.
 * @example financialQuarter(monthKey(2015, 12)) // 3
 */
export function financialQuarter(
  month: MonthKey,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): number {
  return Math.floor((monthsElapsedInYear(month, fyStartMonth) - 1) / 3) + 1;
}

import { addMonths, type MonthKey } from "../period/month";
import { DEFAULT_FY_START_MONTH, financialYearStart } from "../period/financial-year";

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

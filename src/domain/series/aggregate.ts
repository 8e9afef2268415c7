import type { MeasureId } from "../measures/measure-def";
import type { MonthKey } from "../period/month";
import { valueAt, type MeasureTable } from "./measure-table";
import type { MonthWindow } from "./window";

/** Flow totals over a window, counting only months in which every measure asked for has a value. */
export interface FlowTotals {
  /** One total per measure, in the order asked; 0 when no month was usable. */
  readonly totals: readonly number[];
  readonly monthsPresent: number;
  readonly missingMonths: readonly MonthKey[];
}

/**
 * Sums flows over a window. A month missing for any of the measures is left out of every total, so
 * a percentage built from the totals pairs each numerator month with its own denominator month.
 * @example sumFlows(table, ["referrals_to_assessment", "referrals"], yearToDateWindow(monthKey(2013, 12))).totals // [2281, 2693]
 */
export function sumFlows(
  table: MeasureTable,
  ids: readonly MeasureId[],
  window: MonthWindow
): FlowTotals {
  const rows = ids.map((id) => table.values.get(id));
  const totals = ids.map(() => 0);
  const missingMonths: MonthKey[] = [];
  let monthsPresent = 0;
  for (let month = window.from; month <= window.to; month = (month + 1) as MonthKey) {
    const index = month - table.first;
    const inRange = index >= 0 && index < table.length;
    let complete = inRange;
    for (let r = 0; complete && r < rows.length; r++)
      complete = (rows[r]?.[index] ?? null) !== null;
    if (!complete) {
      missingMonths.push(month);
      continue;
    }
    monthsPresent += 1;
    for (let r = 0; r < rows.length; r++) totals[r] = (totals[r] ?? 0) + (rows[r]?.[index] ?? 0);
  }
  return { totals, monthsPresent, missingMonths };
}

/** Stock values at one month end; `null` when any is missing. */
export interface StockValues {
  readonly values: readonly number[] | null;
  readonly missingMonths: readonly MonthKey[];
}

/**
 * Month-end values of stocks: a stock over any window is its value at the window's last month.
 * @example stocksAt(table, ["lac"], monthKey(2013, 12)).values // [819]
 */
export function stocksAt(
  table: MeasureTable,
  ids: readonly MeasureId[],
  month: MonthKey
): StockValues {
  const values = ids.map((id) => valueAt(table, id, month));
  if (values.some((v) => v === null)) return { values: null, missingMonths: [month] };
  return { values: values as number[], missingMonths: [] };
}

import type { MonthKey } from "../period/month";
import type { MeasureId } from "./measure-def";

/**
 * Monthly values by measure. A month absent from a measure's map is missing, never zero: the engine
 * marks every window that needs it as incomplete.
 */
export type MeasureData = ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, number>>;

/**
 * Builds `MeasureData` from plain rows, skipping `null`/`undefined` (a blank cell is a missing month).
 * @example measureDataFrom({ referrals: [[monthKey(2015, 4), 319]] }).get("referrals")?.get(monthKey(2015, 4)) // 319
 */
export function measureDataFrom(
  rows: Readonly<Record<MeasureId, ReadonlyArray<readonly [MonthKey, number | null | undefined]>>>
): MeasureData {
  const data = new Map<MeasureId, Map<MonthKey, number>>();
  for (const [id, points] of Object.entries(rows)) {
    const months = new Map<MonthKey, number>();
    for (const [month, value] of points) {
      if (value !== null && value !== undefined) months.set(month, value);
    }
    data.set(id, months);
  }
  return data;
}

/**
 * Lays consecutive monthly values out from `first`; `null` entries are missing months.
 * @example monthlyValues(monthKey(2013, 4), [324, 353, null]) // Apr and May present, Jun missing
 */
export function monthlyValues(
  first: MonthKey,
  values: ReadonlyArray<number | null>
): ReadonlyMap<MonthKey, number> {
  const months = new Map<MonthKey, number>();
  values.forEach((value, i) => {
    if (value !== null) months.set((first + i) as MonthKey, value);
  });
  return months;
}

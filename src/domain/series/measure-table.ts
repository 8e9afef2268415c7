import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId, MeasureKind } from "../measures/measure-def";
import type { MonthKey } from "../period/month";

/**
 * Every measure laid out as a dense array over one shared month range, built once per refresh so
 * that each window is an index range rather than a map scan. `null` marks a missing month.
 */
export interface MeasureTable {
  /** The first month of the shared range (index 0 of every array). */
  readonly first: MonthKey;
  /** Months in the range; 0 when there is no data at all. */
  readonly length: number;
  readonly kinds: ReadonlyMap<MeasureId, MeasureKind>;
  readonly values: ReadonlyMap<MeasureId, ReadonlyArray<number | null>>;
  /** The first month in which each measure has a value. */
  readonly firstMonth: ReadonlyMap<MeasureId, MonthKey>;
}

/**
 * Builds the dense table. Measures without a definition are left out (their kind is unknown, and
 * a kind decides every window); values that are not finite numbers count as missing.
 * @example buildMeasureTable(measureDataFrom({ referrals: [[monthKey(2015, 4), 319]] }), MEASURES).length // 1
 */
export function buildMeasureTable(
  data: MeasureData,
  measures: Readonly<Record<MeasureId, MeasureDef>>
): MeasureTable {
  let min = Infinity;
  let max = -Infinity;
  for (const [id, months] of data) {
    if (measures[id] === undefined) continue;
    for (const [month, value] of months) {
      if (!Number.isFinite(value)) continue;
      if (month < min) min = month;
      if (month > max) max = month;
    }
  }
  const empty = min > max;
  const first = (empty ? 0 : min) as MonthKey;
  const length = empty ? 0 : max - min + 1;
  const kinds = new Map<MeasureId, MeasureKind>();
  const values = new Map<MeasureId, Array<number | null>>();
  const firstMonth = new Map<MeasureId, MonthKey>();
  for (const [id, def] of Object.entries(measures)) kinds.set(id, def.kind);
  for (const [id, months] of data) {
    if (measures[id] === undefined) continue;
    const row: Array<number | null> = new Array<number | null>(length).fill(null);
    let earliest = Infinity;
    for (const [month, value] of months) {
      if (!Number.isFinite(value)) continue;
      row[month - first] = value;
      if (month < earliest) earliest = month;
    }
    values.set(id, row);
    if (Number.isFinite(earliest)) firstMonth.set(id, earliest as MonthKey);
  }
  return { first, length, kinds, values, firstMonth };
}

/**
 * A measure's value in one month, or `null` when missing (or outside the data).
 * @example valueAt(table, "lac", monthKey(2013, 12)) // 819
 */
export function valueAt(table: MeasureTable, id: MeasureId, month: MonthKey): number | null {
  const index = month - table.first;
  if (index < 0 || index >= table.length) return null;
  return table.values.get(id)?.[index] ?? null;
}

import type { Rect } from "./a1";
import type { SheetState } from "./workbook-state";

/** The cells a range (one rectangle) or RangeAreas (several) stands for at sync time. */
export interface CellsTarget {
  sheet: SheetState;
  rects: Rect[];
}

/** Resolves a proxy's cells at sync time; throws Excel errors when they cannot be found. */
export type CellsLocator = () => CellsTarget;

/**
 * The columns a rectangle spans, as indexes.
 * @example
 * columnsOf({ top: 0, left: 1, bottom: 0, right: 3 }); // [1, 2, 3]
 */
export function columnsOf(rect: Rect): number[] {
  const cols: number[] = [];
  for (let col = rect.left; col <= rect.right; col += 1) cols.push(col);
  return cols;
}

/**
 * The rows a rectangle spans, as indexes.
 * @example
 * rowsOf({ top: 2, left: 0, bottom: 3, right: 0 }); // [2, 3]
 */
export function rowsOf(rect: Rect): number[] {
  const rows: number[] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) rows.push(row);
  return rows;
}

import { a1 } from "../../sheet/a1";

/**
 * The chart grid, in points: two charts across and three down to a printed page, each wide
 * enough for its legend at the right and a year and a half of months below. The grid is 900
 * points wide, the data columns' width (60 + 7 × 120), so the print area adds no empty strip
 * beside it, and 577 tall to the last row's edge: an A4 landscape page (741 by 487 points inside
 * Excel's normal margins) takes it at 82 %.
 */
export const CHART_GRID = {
  width: 445,
  height: 175,
  gap: 10,
  /** Below the title row. */
  top: 30,
  left: 0,
  perRow: 2,
  /** Rows of charts to a printed page. */
  rowsPerPage: 3,
} as const;

/** Height of the sheet's title row, fixed so the charts below it sit where they are planned. */
export const TITLE_ROW_POINTS = 22;

/** Excel's default column width and row height, in points, where the plan sets none. */
export const DEFAULT_COLUMN_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;

/** A chart's place on the grid. */
export interface ChartBox {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The k-th chart's box (0-based), row by row.
 * @example chartBox(3) // { top: 215, left: 455, width: 445, height: 175 }
 */
export function chartBox(k: number): ChartBox {
  const g = CHART_GRID;
  return {
    top: g.top + Math.floor(k / g.perRow) * (g.height + g.gap),
    left: g.left + (k % g.perRow) * (g.width + g.gap),
    width: g.width,
    height: g.height,
  };
}

/** Pages the grid of `count` charts prints on: three rows of two charts to a page. */
export function gridPages(count: number): number {
  return Math.max(1, Math.ceil(Math.ceil(count / CHART_GRID.perRow) / CHART_GRID.rowsPerPage));
}

/**
 * The cells a grid of charts covers, as a print area from A1 to the cell under its bottom-right
 * corner, walking the sheet's column widths and row heights (defaults where none is set).
 * @example gridArea(6, (c) => widths[c] ?? 48, (r) => (r === 0 ? 22 : 15)) // "A1:H38"
 */
export function gridArea(
  count: number,
  columnPoints: (column: number) => number,
  rowPoints: (row: number) => number
): string {
  const boxes = Array.from({ length: Math.max(count, 1) }, (_, k) => chartBox(k));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return `A1:${a1(cellIndexAt(bottom, rowPoints), cellIndexAt(right, columnPoints))}`;
}

/** The index of the column (or row) whose far edge is the first at or past `distance`. */
function cellIndexAt(distance: number, size: (index: number) => number): number {
  let index = 0;
  let edge = size(0);
  while (edge < distance) {
    index++;
    edge += size(index);
  }
  return index;
}

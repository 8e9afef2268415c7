import type { CellStore } from "./cell-store";

/** Excel's standard column width and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/*
 * A column (row) given the standard size is kept as one without a size of its own: the API cannot
 * tell them apart, since `useStandardWidth` / `useStandardHeight` report whether the size "equals
 * the standard" size (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member),
 * so neither may a test.
 */

/** @example setColumnWidth(sheet.cells, 1, 120); */
export function setColumnWidth(cells: CellStore, column: number, points: number): void {
  if (points === DEFAULT_COLUMN_WIDTH) cells.columnWidths.delete(column);
  else cells.columnWidths.set(column, points);
}

/** @example setRowHeight(sheet.cells, 0, 24); */
export function setRowHeight(cells: CellStore, row: number, points: number): void {
  if (points === DEFAULT_ROW_HEIGHT) cells.rowHeights.delete(row);
  else cells.rowHeights.set(row, points);
}

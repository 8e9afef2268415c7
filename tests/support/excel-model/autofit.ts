import type { Rect } from "./a1";
import type { CellValue } from "./cell-value";
import { setColumnWidth, setRowHeight } from "./line-sizes";
import type { SheetState } from "./workbook-state";

/** Roughly Calibri 11: 5.6 points per character plus padding; enough to tell "wider" from "narrower". */
const POINTS_PER_CHAR = 5.6;
const PADDING = 5.25;

function displayLength(value: CellValue): number {
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "number") return String(Number(value.toPrecision(11))).length;
  return value.length;
}

/**
 * Sets each column of `rect` to fit its longest entry within `rect`'s rows (Excel's autofit
 * measures rendered text; the model estimates it from the character count and font size).
 * @example
 * autofitColumns(sheet, { top: 0, left: 0, bottom: 9, right: 2 });
 */
export function autofitColumns(sheet: SheetState, rect: Rect): void {
  const widths = new Map<number, number>();
  for (const cell of sheet.cells.occupied()) {
    if (
      cell.row < rect.top ||
      cell.row > rect.bottom ||
      cell.col < rect.left ||
      cell.col > rect.right
    )
      continue;
    if (cell.value === "") continue;
    const size = Number(sheet.cells.format(cell.row, cell.col, "font.size"));
    const width = Math.round((displayLength(cell.value) * POINTS_PER_CHAR * size) / 11 + PADDING);
    widths.set(cell.col, Math.max(widths.get(cell.col) ?? 0, width));
  }
  for (let col = rect.left; col <= Math.min(rect.right, rect.left + 16383); col += 1) {
    const width = widths.get(col);
    if (width === undefined) sheet.cells.columnWidths.delete(col);
    else setColumnWidth(sheet.cells, col, width);
  }
}

/**
 * Sets each row of `rect` to fit its tallest font (wrapped text is not measured).
 * @example
 * autofitRows(sheet, { top: 0, left: 0, bottom: 0, right: 5 });
 */
export function autofitRows(sheet: SheetState, rect: Rect): void {
  const heights = new Map<number, number>();
  for (const cell of sheet.cells.occupied()) {
    if (
      cell.row < rect.top ||
      cell.row > rect.bottom ||
      cell.col < rect.left ||
      cell.col > rect.right
    )
      continue;
    const size = Number(sheet.cells.format(cell.row, cell.col, "font.size"));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, Math.round(size * 1.3636 * 4) / 4));
  }
  for (const [row, height] of heights) setRowHeight(sheet.cells, row, height);
}

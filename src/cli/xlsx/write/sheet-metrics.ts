import type { SheetPlan } from "../../../plan/plan-types";
import type { SheetMetrics } from "../package/drawing-part";
import { parseRange } from "./a1-range";
import { cellLooks } from "./cell-looks";
import type { DefaultFont } from "./exceljs-style";
import { plannedCells } from "./planned-cells";
import { rowHeightFor, wrappedLines } from "../../../plan/text-fit/row-height-estimate";

/** Excel's default column width in points (8.43 characters of an 11 pt default font: 64 pixels). */
export const DEFAULT_COLUMN_POINTS = 48;

/**
 * Every row height the sheet gets: the plan's fixed ones, then the estimated height of every row
 * it autofits (see row-height-estimate.ts), as Office.js autofits after setting fixed heights.
 * @example rowHeights(plan.sheets[2], font).get(0) // 22, the notes title row
 */
export function rowHeights(plan: SheetPlan, font: DefaultFont): Map<number, number> {
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.points]));
  if (plan.autofitRows.length === 0) return heights;
  const cells = plannedCells(plan);
  const looks = cellLooks(plan);
  const widths = columnPoints(plan);
  for (const range of plan.autofitRows) {
    const rect = parseRange(range);
    for (let r = rect.top; r <= rect.bottom; r++) {
      let height = rowHeightFor(1, font.size);
      for (let c = rect.left; c <= rect.right; c++) {
        const look = looks.get(`${r},${c}`) ?? {};
        const size = look.fontSize ?? font.size;
        const text = String(cells.get(`${r},${c}`)?.value ?? "");
        const lines =
          look.wrapText === true ? wrappedLines(text, widths(c), size, look.bold === true) : 1;
        height = Math.max(height, rowHeightFor(lines, size));
      }
      heights.set(r, height);
    }
  }
  return heights;
}

/** A column's planned width in points, Excel's default where the plan sets none. */
export function columnPoints(plan: SheetPlan): (column: number) => number {
  const widths = new Map(plan.columnWidths.map((w) => [w.column, w.points]));
  return (column) => widths.get(column) ?? DEFAULT_COLUMN_POINTS;
}

/** The sheet's column widths and row heights as written, to place its charts on cells. */
export function sheetMetrics(plan: SheetPlan, font: DefaultFont): SheetMetrics {
  const heights = rowHeights(plan, font);
  const standard = rowHeightFor(1, font.size);
  return { columnPoints: columnPoints(plan), rowPoints: (row) => heights.get(row) ?? standard };
}

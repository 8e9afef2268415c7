import { type Rect, rectContains, rectsOverlap } from "./a1";
import { excelError } from "./errors";
import type { SheetState } from "./workbook-state";

function mergeOne(sheet: SheetState, rect: Rect): void {
  if (rect.top === rect.bottom && rect.left === rect.right) return;
  for (const area of sheet.merged) {
    if (rectsOverlap(area, rect) && !rectContains(rect, area)) {
      throw excelError(
        "InvalidArgument",
        "Range.merge",
        "The range partly overlaps an existing merged area."
      );
    }
  }
  sheet.merged = sheet.merged.filter((area) => !rectContains(rect, area));
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) {
      if (row !== rect.top || col !== rect.left) {
        sheet.cells.clearContents({ top: row, left: col, bottom: row, right: col });
      }
    }
  }
  sheet.merged.push(rect);
}

/**
 * Merges a range (or each of its rows, when `across`), keeping only the top-left value as Excel does.
 * @example
 * mergeCells(sheet, { top: 0, left: 0, bottom: 0, right: 3 }, false);
 */
export function mergeCells(sheet: SheetState, rect: Rect, across: boolean): void {
  if (!across) {
    mergeOne(sheet, rect);
    return;
  }
  for (let row = rect.top; row <= rect.bottom; row += 1)
    mergeOne(sheet, { ...rect, top: row, bottom: row });
}

/**
 * Unmerges every merged area that touches the range.
 * @example
 * unmergeCells(sheet, { top: 0, left: 0, bottom: 0, right: 0 });
 */
export function unmergeCells(sheet: SheetState, rect: Rect): void {
  sheet.merged = sheet.merged.filter((area) => !rectsOverlap(area, rect));
}

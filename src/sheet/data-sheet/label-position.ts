import { readCell } from "../../domain/cell/read-cell";
import type { SheetView } from "./sheet-view";

/**
 * Where the measure labels are: of the positions before the first month (columns left of the
 * months across, rows above them down), the one holding the most text below the header; the
 * leftmost (topmost) on a tie. `null` when no position before the months holds any text.
 * @example labelPosition(view, 0, 1) // 0: labels in column A, months from column B
 */
export function labelPosition(
  view: SheetView,
  headerLine: number,
  firstMonthPosition: number
): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let position = 0; position < firstMonthPosition; position++) {
    let count = 0;
    for (let line = headerLine + 1; line < view.lines; line++) {
      if (readCell(view.cell(line, position)).kind === "text") count++;
    }
    if (count > bestCount) {
      best = position;
      bestCount = count;
    }
  }
  return best;
}

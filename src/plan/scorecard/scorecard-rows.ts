import type { PlanCell } from "../plan-types";
import { rowHeightFor, wrappedLines } from "../text-fit/row-height-estimate";

/** What the height of a table row depends on in one column. */
export interface ColumnFit {
  readonly points: number;
  readonly wrap: boolean;
  readonly hidden: boolean;
}

/**
 * The height a scorecard row is planned at: the tallest of its shown cells, text wrapped in a
 * wrapping column at its width (see row-height-estimate.ts), anything else one line. A hidden
 * column shows nothing, so it makes no row taller. The plan fixes these heights rather than have
 * Excel fit the rows, so that the pages break where the plan says (see pagination.ts).
 * @example rowPoints(["Referrals", 416], [{ points: 120, wrap: true, hidden: false }, { points: 50, wrap: false, hidden: false }]) // 15
 */
export function rowPoints(
  cells: readonly PlanCell[],
  columns: readonly ColumnFit[],
  fontSize = 11
): number {
  let lines = 1;
  cells.forEach((cell, c) => {
    const column = columns[c];
    if (column === undefined || column.hidden || !column.wrap || typeof cell !== "string") return;
    lines = Math.max(lines, wrappedLines(cell, column.points, fontSize, false));
  });
  return rowHeightFor(lines, fontSize);
}

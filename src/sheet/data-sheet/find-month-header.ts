import { parseMonthLabel } from "../../domain/period/parse-month";
import type { MonthKey } from "../../domain/period/month";
import { readCell } from "../../domain/cell/read-cell";
import type { Grid } from "../grid";
import { monthCellKind, serialsRunMonthly } from "./month-header-cell";
import { viewOf, type Orientation, type SheetView } from "./sheet-view";

/** The line holding the months, seen along the orientation it was found in. */
export interface MonthHeader {
  readonly view: SheetView;
  readonly line: number;
  /** Whether bare numbers in the line are date serials (decided for the line as a whole). */
  readonly serialsAreMonths: boolean;
}

/** Headers sit below titles and notes, but near the top (or the left, for months down). */
const HEADER_SCAN_LINES = 30;

interface Scored {
  readonly line: number;
  readonly count: number;
  readonly serialsAreMonths: boolean;
  readonly firstPosition: number;
}

/**
 * Finds where the months are: the row (months across) or column (months down) among the first 30
 * with the most month headers, the orientation with more of them winning (across on a tie). A header
 * needs two months, or one when a number sits below it. Returns `null` when no line qualifies.
 * `isMeasureLabel` keeps a data row of date-like numbers (a population near 42,000) from passing
 * as a header when the host gave no number formats.
 * @example findMonthHeader({ sheet: "CSC Data", values: [["", "Apr-15", "May-15"], ["Refs", 1, 2]] }, () => false)?.line // 0
 */
export function findMonthHeader(
  grid: Grid,
  isMeasureLabel: (text: string) => boolean
): MonthHeader | null {
  const formatsKnown = grid.numberFormats !== undefined;
  let best: { view: SheetView; scored: Scored } | null = null;
  for (const orientation of ["months-across", "months-down"] as Orientation[]) {
    const view = viewOf(grid, orientation);
    const scored = bestLine(view, formatsKnown, isMeasureLabel);
    if (scored !== null && (best === null || scored.count > best.scored.count)) {
      best = { view, scored };
    }
  }
  if (best === null) return null;
  const { view, scored } = best;
  if (scored.count < 2 && !numberBelow(view, scored.line, scored.firstPosition)) return null;
  return { view, line: scored.line, serialsAreMonths: scored.serialsAreMonths };
}

function bestLine(
  view: SheetView,
  formatsKnown: boolean,
  isMeasureLabel: (text: string) => boolean
): Scored | null {
  let best: Scored | null = null;
  const lines = Math.min(view.lines, HEADER_SCAN_LINES);
  for (let line = 0; line < lines; line++) {
    const scored = scoreLine(view, line, formatsKnown, isMeasureLabel);
    if (scored.count > 0 && (best === null || scored.count > best.count)) best = scored;
  }
  return best;
}

function scoreLine(
  view: SheetView,
  line: number,
  formatsKnown: boolean,
  isMeasureLabel: (text: string) => boolean
): Scored {
  let named = 0;
  let firstPosition = -1;
  let firstSerial = -1;
  let leadingText: string | null = null;
  const serials: MonthKey[] = [];
  for (let position = 0; position < view.positions; position++) {
    const cell = view.cell(line, position);
    if (leadingText === null && cell !== "" && cell !== null) leadingText = String(cell);
    const kind = monthCellKind(cell, view.format(line, position), formatsKnown);
    if (kind === null) continue;
    if (kind === "serial") {
      const month = parseMonthLabel(cell);
      if (month.ok) serials.push(month.value);
      if (firstSerial < 0) firstSerial = position;
      continue;
    }
    named++;
    if (firstPosition < 0) firstPosition = position;
  }
  const serialsAreMonths =
    serialsRunMonthly(serials) &&
    !(leadingText !== null && readCell(leadingText).kind === "text" && isMeasureLabel(leadingText));
  const count = named + (serialsAreMonths ? serials.length : 0);
  if (serialsAreMonths && (firstPosition < 0 || firstSerial < firstPosition)) {
    firstPosition = firstSerial;
  }
  return { line, count, serialsAreMonths, firstPosition };
}

function numberBelow(view: SheetView, line: number, position: number): boolean {
  for (let below = line + 1; below < view.lines; below++) {
    if (readCell(view.cell(below, position)).kind === "number") return true;
  }
  return false;
}

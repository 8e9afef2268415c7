import { cellLooks } from "../../src/cli/xlsx/write/cell-looks";
import { parseRange } from "../../src/cli/xlsx/write/a1-range";
import type { SheetPlan } from "../../src/plan/plan-types";
import { a1 } from "../../src/sheet/a1";
import { calibriWidth } from "./calibri-width";
import { displayedNumber } from "./displayed-number";

/** Excel's cell padding, left and right together, in points (about 2 pixels each side). */
const PADDING = 4;
/** A line of text is 15/11 of its font size tall, Excel's default row being 15 pt for 11 pt. */
const LINE = 15 / 11;

/** A cell whose text does not fit its column (or its fixed row), and by how much. */
export interface Overflow {
  readonly cell: string;
  readonly text: string;
  readonly needs: number;
  readonly room: number;
}

/**
 * Every cell in the given rows whose text is wider than its column at the planned widths, in
 * Calibri at the cell's size and weight. Text that is not wrapped may run on over empty cells to
 * its right, as Excel shows it. A wrapped cell may take several lines where its row is
 * autofitted, but each word must fit the line (Excel would break it mid-word), and in a row of
 * fixed height its lines must fit the height.
 * @example overflows(sheet, 7, 40) // [] when every header and indicator cell fits
 */
export function overflows(sheet: SheetPlan, fromRow: number, toRow: number): Overflow[] {
  const looks = cellLooks(sheet);
  const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.points]));
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.points]));
  const autofit = sheet.autofitRows.map(parseRange);
  const block = sheet.blocks[0];
  if (block === undefined) return [];
  const found: Overflow[] = [];
  for (let row = fromRow; row <= toRow; row++) {
    const values = block.values[row - block.row] ?? [];
    values.forEach((value, i) => {
      const column = block.column + i;
      if (value === "") return;
      const look = looks.get(`${row},${column}`) ?? {};
      const size = look.fontSize ?? 11;
      const bold = look.bold === true;
      const format = block.numberFormats[row - block.row]?.[i] ?? "General";
      const text = typeof value === "number" ? displayedNumber(value, format) : String(value);
      const room = (widths.get(column) ?? 48) - PADDING;
      const cell = a1(row, column);
      if (look.wrapText !== true || typeof value === "number") {
        const needs = calibriWidth(text, size, bold);
        // Text that is not centred or right-aligned runs on over empty cells to its right, as in
        // Excel; a number never does (it shows ###).
        const runsOn = typeof value === "string" && (look.horizontalAlignment ?? "Left") === "Left";
        let spare = room;
        for (let next = i + 1; runsOn && spare < needs && values[next] === ""; next++)
          spare += widths.get(block.column + next) ?? 48;
        if (needs > spare) found.push({ cell, text, needs, room: spare });
        return;
      }
      const words = text.split(/\s+/);
      for (const word of words) {
        const needs = calibriWidth(word, size, bold);
        if (needs > room) found.push({ cell, text: word, needs, room });
      }
      const fitted = autofit.some((r) => row >= r.top && row <= r.bottom);
      const height = heights.get(row);
      if (!fitted && height !== undefined) {
        const needs = wrappedLines(text, room, size, bold) * size * LINE;
        if (needs > height + 0.01) found.push({ cell, text, needs, room: height });
      }
    });
  }
  return found;
}

/** Lines a text wraps to, greedily at spaces, in a line this many points wide. */
export function wrappedLines(text: string, room: number, size: number, bold: boolean): number {
  let lines = 1;
  let used = 0;
  const space = calibriWidth(" ", size, bold);
  for (const word of text.split(/\s+/)) {
    const width = calibriWidth(word, size, bold);
    if (used === 0) used = width;
    else if (used + space + width <= room) used += space + width;
    else {
      lines++;
      used = width;
    }
  }
  return lines;
}

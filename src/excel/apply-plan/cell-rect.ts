import type { SheetPlan } from "../../plan/plan-types";
import { a1, columnLetters } from "../../sheet/a1";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 0-based index of column letters: A → 0, AB → 27. */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The rectangle of an A1 address as Excel reports one ("'Scorecard'!A1:W40", "B3", "$A$8:$Q$42"),
 * or null for whole rows or columns and anything else.
 * @example parseCellRect("Scorecard!A9:W25") // { top: 8, left: 0, bottom: 24, right: 22 }
 */
export function parseCellRect(address: string): CellRect | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local);
  if (match === null) return null;
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const rows = [Number(r1) - 1, Number(r2) - 1];
  const columns = [columnOf(c1), columnOf(c2)];
  return {
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...columns),
    right: Math.max(...columns),
  };
}

/** @example cellRectAddress({ top: 0, left: 0, bottom: 39, right: 22 }) // "A1:W40" */
export function cellRectAddress(rect: CellRect): string {
  return `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
}

/** The same rectangle with absolute references, as a name's formula holds it. */
export function absoluteAddress(rect: CellRect): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const first = corner(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${corner(rect.bottom, rect.right)}`;
}

/** The whole rows of a rectangle ("1:40") and its whole columns ("A:W"). */
export function rowsAddress(rect: CellRect): string {
  return `${rect.top + 1}:${rect.bottom + 1}`;
}
export function columnsAddress(rect: CellRect): string {
  return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
}

/** The smallest rectangle holding both. */
export function boundingRect(a: CellRect, b: CellRect): CellRect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * Every cell a sheet's plan writes, formats, sizes or names, from A1: the part of a live sheet a
 * rewrite in place must cover (with whatever the sheet held before).
 * @example planExtent(scorecardPlan) // { top: 0, left: 0, bottom: 41, right: 22 }
 */
export function planExtent(plan: SheetPlan): CellRect {
  let extent: CellRect = { top: 0, left: 0, bottom: 0, right: 0 };
  const take = (rect: CellRect | null) => {
    if (rect !== null) extent = boundingRect(extent, rect);
  };
  for (const block of plan.blocks) {
    const width = block.values[0]?.length ?? 0;
    if (width === 0 || block.values.length === 0) continue;
    take({
      top: block.row,
      left: block.column,
      bottom: block.row + block.values.length - 1,
      right: block.column + width - 1,
    });
  }
  for (const group of plan.styles) for (const range of group.ranges) take(parseCellRect(range));
  for (const table of plan.tables) take(parseCellRect(table.range));
  for (const name of plan.names) take(parseCellRect(name.range));
  for (const address of plan.autofitRows) take(parseCellRect(address));
  for (const { column } of plan.columnWidths)
    take({ top: 0, left: column, bottom: 0, right: column });
  for (const { row } of plan.rowHeights) take({ top: row, left: 0, bottom: row, right: 0 });
  return extent;
}

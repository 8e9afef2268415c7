/**
 * One cell as Excel's `range.values` gives it: a number, text, a boolean, or "" for an empty cell.
 * Error values arrive as their text ("#N/A", "#DIV/0!"). `null` is accepted too, for hosts (exceljs,
 * tests) that give empty cells as null.
 */
export type RawCell = number | string | boolean | null;

/** A sheet's used range as rows of cells, with where it starts on the sheet. */
export interface Grid {
  /** The sheet's name, for messages and addresses. */
  readonly sheet: string;
  readonly values: readonly (readonly RawCell[])[];
  /**
   * Number formats of the same cells, where the host read them ("0.0%", "mmm-yy"): they decide
   * whether a number is a date or a percentage. Absent when the host did not load them.
   */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based row and column of values[0][0] on the sheet (a used range need not start at A1). */
  readonly origin?: { readonly row: number; readonly column: number };
}

/** The cell at a grid position, "" outside the grid or for a ragged row. */
export function cellAt(grid: Grid, row: number, column: number): RawCell {
  return grid.values[row]?.[column] ?? "";
}

/** The number format at a grid position, "General" when unknown. */
export function formatAt(grid: Grid, row: number, column: number): string {
  return grid.numberFormats?.[row]?.[column] ?? "General";
}

/** Rows and columns of the grid (the widest row decides the columns). */
export function gridSize(grid: Grid): { rows: number; columns: number } {
  let columns = 0;
  for (const row of grid.values) columns = Math.max(columns, row.length);
  return { rows: grid.values.length, columns };
}

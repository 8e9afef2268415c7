import type { Grid } from "./grid";

/**
 * A column's letters from its 0-based index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD.
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`column index ${column} is not a column`);
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a 0-based sheet position.
 * @example a1(0, 0) // "A1"
 */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The A1 address of a grid position, allowing for where the grid starts on its sheet.
 * @example gridAddress({ sheet: "CSC Data", values: [], origin: { row: 2, column: 1 } }, 0, 0) // "B3"
 */
export function gridAddress(grid: Grid, row: number, column: number): string {
  return a1(row + (grid.origin?.row ?? 0), column + (grid.origin?.column ?? 0));
}

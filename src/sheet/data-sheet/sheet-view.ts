import { gridAddress } from "../a1";
import { cellAt, formatAt, gridSize, type Grid, type RawCell } from "../grid";

/** Whether months run along a row (one column per month) or down a column (one row per month). */
export type Orientation = "months-across" | "months-down";

/**
 * A grid seen along its months, so one reader serves both layouts: a line is what holds one measure
 * (a row when months run across, a column when they run down) and a position is a place along a line
 * (a column across, a row down).
 */
export interface SheetView {
  readonly grid: Grid;
  readonly orientation: Orientation;
  readonly lines: number;
  readonly positions: number;
  cell(line: number, position: number): RawCell;
  format(line: number, position: number): string;
  /** The A1 address on the sheet, allowing for the grid's origin. */
  address(line: number, position: number): string;
}

/**
 * The grid seen with measures along `orientation`'s lines.
 * @example viewOf(grid, "months-down").cell(1, 0) // grid row 0, column 1
 */
export function viewOf(grid: Grid, orientation: Orientation): SheetView {
  const size = gridSize(grid);
  if (orientation === "months-across") {
    return {
      grid,
      orientation,
      lines: size.rows,
      positions: size.columns,
      cell: (line, position) => cellAt(grid, line, position),
      format: (line, position) => formatAt(grid, line, position),
      address: (line, position) => gridAddress(grid, line, position),
    };
  }
  return {
    grid,
    orientation,
    lines: size.columns,
    positions: size.rows,
    cell: (line, position) => cellAt(grid, position, line),
    format: (line, position) => formatAt(grid, position, line),
    address: (line, position) => gridAddress(grid, position, line),
  };
}

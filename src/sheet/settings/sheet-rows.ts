import { shownCell } from "../../domain/cell/shown-cell";
import { cellAt, type Grid, type RawCell } from "../grid";

/** A non-blank cell of a row. */
export interface FilledCell {
  readonly column: number;
  readonly cell: RawCell;
  /** Its text, trimmed, as the analyst typed it. */
  readonly text: string;
}

/**
 * The non-blank cells of a row, left to right.
 * @example filledCells({ sheet: "S", values: [["", "LA", "Croydon"]] }, 0).map((c) => c.column) // [1, 2]
 */
export function filledCells(grid: Grid, row: number): FilledCell[] {
  const cells: FilledCell[] = [];
  const columns = grid.values[row]?.length ?? 0;
  for (let column = 0; column < columns; column++) {
    const cell = cellAt(grid, row, column);
    const text = shownCell(cell);
    if (text !== "") cells.push({ column, cell, text });
  }
  return cells;
}

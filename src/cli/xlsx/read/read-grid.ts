import { ValueType, type Worksheet } from "exceljs";
import type { Grid, RawCell } from "../../../sheet/grid";
import { rawCell } from "./cell-value";

/**
 * A worksheet's used range as Office.js's `getUsedRange(true)` gives it: the smallest rectangle
 * holding every cell with a value (formatting alone does not count), its values as `range.values`
 * reports them, and the number format of every cell ("General" where none is set). The covered
 * cells of a merged area are empty, as in Excel: only the top-left cell holds the value.
 * An empty sheet is a grid with no values.
 * @example readGrid(worksheet, false).origin // { row: 2, column: 1 } when the first value is in B3
 */
export function readGrid(worksheet: Worksheet, date1904: boolean): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ValueType.Merge || rawCell(cell.value, date1904) === "") return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  if (bottom < 0) return { sheet: worksheet.name, values: [] };
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = worksheet.getRow(r);
    const line: RawCell[] = [];
    const formats: string[] = [];
    for (let c = left; c <= right; c++) {
      // findCell, not getCell: reading must not add cells to the decoded workbook.
      const cell = row.findCell(c);
      line.push(
        cell === undefined || cell.type === ValueType.Merge ? "" : rawCell(cell.value, date1904)
      );
      formats.push(cell?.numFmt || "General");
    }
    values.push(line);
    numberFormats.push(formats);
  }
  return {
    sheet: worksheet.name,
    values,
    numberFormats,
    origin: { row: top - 1, column: left - 1 },
  };
}

import { type Rect, rectCellCount } from "./a1";
import { type CellValue, interpretCellInput } from "./cell-value";
import { excelError } from "./errors";
import { checkUnprotected } from "./protection";
import type { SheetState } from "./workbook-state";

/** Excel on the web also caps responses; a cell array costs at least `"",` per cell. */
const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Checks a `values`/`formulas`/`numberFormat` argument against the range's shape and returns an
 * accessor for each cell's input. A non-array fills the range (Excel's broadcast); a 2D array must
 * match rows and columns exactly, anything else is Excel's InvalidArgument.
 * @example
 * const at = shapedInput([[1, 2]], { top: 0, left: 0, bottom: 0, right: 1 }, "Range.values");
 * at(0, 1); // 2
 */
export function shapedInput(
  input: unknown,
  rect: Rect,
  location: string
): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const fits =
    input.length === rows &&
    input.every((row: unknown) => Array.isArray(row) && row.length === cols);
  if (!fits) {
    const shape = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw excelError(
      "InvalidArgument",
      location,
      `The number of rows or columns in the input array (${shape}) doesn't match the size or dimensions of the range (${rows}x${cols}).`
    );
  }
  return (row, col) => (input[row] as unknown[])[col];
}

function evaluateConstantFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return Number(body);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return (text[1] ?? "").replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return "";
}

/**
 * Applies a `values` or `formulas` write to a sheet, cell by cell, with Excel's typing rules.
 * @example
 * writeContents(sheet, { top: 0, left: 0, bottom: 0, right: 0 }, [["=1"]], "Range.formulas");
 */
export function writeContents(
  sheet: SheetState,
  rect: Rect,
  input: unknown,
  location: string
): void {
  checkUnprotected(sheet, location);
  const at = shapedInput(input, rect, location);
  if (!Array.isArray(input) && input === "") {
    sheet.cells.clearContents(rect);
    return;
  }
  if (!Array.isArray(input) && (input === null || input === undefined)) return;
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) {
      const numberFormat = String(sheet.cells.format(row, col, "numberFormat"));
      const write = interpretCellInput(at(row - rect.top, col - rect.left), numberFormat, location);
      if (write.kind === "clear")
        sheet.cells.clearContents({ top: row, left: col, bottom: row, right: col });
      else if (write.kind === "formula")
        sheet.cells.setFormula(row, col, write.formula, evaluateConstantFormula(write.formula));
      else if (write.kind === "constant") {
        sheet.cells.setConstant(row, col, write.value);
        if (write.impliedFormat && numberFormat === "General") {
          sheet.cells.writeCellFormat(row, col, "numberFormat", write.impliedFormat);
        }
      }
    }
  }
}

/**
 * Applies a `numberFormat` write: strings per cell, null leaves a cell's format alone.
 * @example
 * writeNumberFormats(sheet, rect, "0.0%", "Range.numberFormat");
 */
export function writeNumberFormats(
  sheet: SheetState,
  rect: Rect,
  input: unknown,
  location: string
): void {
  checkUnprotected(sheet, location);
  const at = shapedInput(input, rect, location);
  const check = (value: unknown): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== "string")
      throw excelError("InvalidArgument", location, "A number format must be text.");
    return value === "" ? "General" : value;
  };
  if (!Array.isArray(input)) {
    const format = check(input);
    if (format !== undefined) sheet.cells.setFormat(rect, "numberFormat", format);
    return;
  }
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) {
      const format = check(at(row - rect.top, col - rect.left));
      if (format !== undefined) sheet.cells.writeCellFormat(row, col, "numberFormat", format);
    }
  }
}

/**
 * Reads a per-cell grid for a load, refusing grids Excel could not return in one response.
 * @example
 * readGrid(rect, (row, col) => sheet.cells.value(row, col), "Range.values");
 */
export function readGrid<T>(
  rect: Rect,
  read: (row: number, col: number) => T,
  location: string
): T[][] {
  if (rectCellCount(rect) * 3 > RESPONSE_LIMIT_BYTES) {
    throw excelError(
      "ResponsePayloadSizeLimitExceeded",
      location,
      "The range is too large to return in one response."
    );
  }
  const grid: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col += 1) line.push(read(row, col));
    grid.push(line);
  }
  return grid;
}

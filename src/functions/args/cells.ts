import { readCell, type CellInput, type CellReading } from "../../domain/cell/read-cell";
import { shownCell } from "../../domain/cell/shown-cell";
import { fractionFromPercent } from "../../domain/format/percent-scale";
import { fail, ok, type Calc } from "../../domain/result/calc";

/**
 * One cell of an argument, read by the same rules as a cell of the data sheet, so that "12,34",
 * "#FIELD!" or " 12 " mean the same to =CSC.* as to a refresh. `undefined` for what is not one cell
 * (a range where a scalar belongs, or an object from a caller other than Excel).
 */
function readArgument(value: unknown): CellReading | undefined {
  return isCellInput(value) ? readCell(value) : undefined;
}

function isCellInput(value: unknown): value is CellInput {
  return value === null || ["undefined", "number", "string", "boolean"].includes(typeof value);
}

/**
 * Blank cells are not zeros: each function decides what a blank means. An empty cell ("" in a
 * range), an omitted argument and a cell of spaces are all blank, as on the data sheet.
 * @example isBlank(" ") // true
 * @example isBlank(0) // false
 */
export function isBlank(value: unknown): boolean {
  return readArgument(value)?.kind === "blank";
}

/**
 * An error value shown in a cell (#N/A, #DIV/0!, #FIELD! …), passed on as text.
 * @example isExcelErrorText("#field!") // true
 */
export function isExcelErrorText(value: unknown): boolean {
  return typeof value === "string" && readCell(value).kind === "error";
}

/**
 * A number from a cell: numbers as they are, numeric text as the data sheet reads it (" 1,234 ",
 * "1e-3"; "12,34" is text), and a percentage typed as text ("5%") as the fraction Excel's own
 * functions take it for (0.05), since a cell shown as 5% hands a function 0.05. Anything else is an
 * error naming the argument (and the cell's position in a range).
 * @example numberFrom(" 1,234 ", "count") // ok(1234)
 * @example numberFrom("5%", "tolerance") // ok(0.05)
 * @example numberFrom("12,34", "count") // fail: 'count is the text "12,34", not a number.'
 */
export function numberFrom(value: unknown, where: string): Calc<number> {
  const reading = readArgument(value);
  if (reading?.kind === "number")
    return ok(reading.percent ? fractionFromPercent(reading.value) : reading.value);
  if (typeof value === "number") return fail("INVALID_INPUT", `${where} is not a finite number.`);
  return fail("INVALID_INPUT", `${where} is ${describe(value)}, not a number.`);
}

/** An optional scalar: blank or omitted gives the default. */
export function optionalNumber(value: unknown, fallback: number, where: string): Calc<number> {
  return isBlank(value) ? ok(fallback) : numberFrom(value, where);
}

/** Text of an optional scalar, trimmed; blank or omitted gives the default. */
export function optionalText(value: unknown, fallback: string, where: string): Calc<string> {
  if (isBlank(value)) return ok(fallback);
  if (typeof value === "string") return ok(shownCell(value));
  return fail("INVALID_INPUT", `${where} is ${describe(value)}, not text.`);
}

/**
 * A range argument as rows of cells. Excel always passes a 2D array (a single cell as [[x]]); a
 * scalar from another caller is treated as that single cell, so no caller can make a function throw.
 */
export function asRange(range: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** The cells of a range in reading order (row by row), as Excel hands a 2D array. */
export function cellsOf(range: unknown): unknown[] {
  return asRange(range).flat();
}

/** Whether two ranges have the same number of rows and columns. */
export function sameShape(first: unknown, second: unknown): boolean {
  const [a, b] = [asRange(first), asRange(second)];
  return a.length === b.length && a.every((row, i) => row.length === (b[i]?.length ?? -1));
}

/** "3 rows × 1 column": how an analyst would describe a range's size. */
export function shapeOf(range: unknown): string {
  const rows = asRange(range).length;
  const columns = asRange(range)[0]?.length ?? 0;
  return `${rows} row${rows === 1 ? "" : "s"} × ${columns} column${columns === 1 ? "" : "s"}`;
}

/**
 * How a value reads in a message: text in quotes, an error as itself, a blank as "blank".
 * @example describe(" #field! ") // "the error #FIELD!"
 * @example describe("12,34") // 'the text "12,34"'
 */
export function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  const reading = readArgument(value);
  if (reading === undefined) return "not a single value";
  switch (reading.kind) {
    case "blank":
      return "blank";
    case "error":
      return `the error ${reading.text}`;
    case "boolean":
      return reading.value ? "TRUE" : "FALSE";
    case "suppressed":
      return `the suppression marker "${reading.marker}"`;
    case "number":
    case "text":
      return `the text "${String(value)}"`;
  }
}

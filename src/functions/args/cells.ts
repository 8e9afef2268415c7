import { fail, ok, type Calc } from "../../domain/result/calc";

/**
 * What Excel passes for one cell of an `any` argument: a number, text, a boolean, or nothing
 * (`""` from an empty cell in a range, `null`/`undefined` for an omitted optional argument).
 */
export type CellValue = number | string | boolean | null | undefined;

const EXCEL_ERRORS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Blank cells are not zeros: each function decides what a blank means. */
export function isBlank(value: unknown): value is "" | null | undefined {
  return value === "" || value === null || value === undefined;
}

/** An error value shown in a cell (#N/A, #DIV/0! …), passed on as text. */
export function isExcelErrorText(value: unknown): boolean {
  return typeof value === "string" && EXCEL_ERRORS.includes(value.trim().toUpperCase());
}

/**
 * A number from a cell: numbers as they are, numeric text such as " 1,234 " as a number; anything
 * else is an error naming the argument (and the cell's position in a range).
 */
export function numberFrom(value: unknown, where: string): Calc<number> {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? ok(value)
      : fail("INVALID_INPUT", `${where} is not a finite number.`);
  }
  if (typeof value === "string" && !isExcelErrorText(value)) {
    const text = value.trim().replace(/,/g, "");
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
      const value = Number(text);
      if (Number.isFinite(value)) return ok(value);
    }
  }
  return fail("INVALID_INPUT", `${where} is ${describe(value)}, not a number.`);
}

/** An optional scalar: blank or omitted gives the default. */
export function optionalNumber(value: unknown, fallback: number, where: string): Calc<number> {
  return isBlank(value) ? ok(fallback) : numberFrom(value, where);
}

/** Text of an optional scalar, trimmed; blank or omitted gives the default. */
export function optionalText(value: unknown, fallback: string, where: string): Calc<string> {
  if (isBlank(value)) return ok(fallback);
  if (typeof value === "string") return ok(value.trim());
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

/** How a value reads in a message: text in quotes, an error as itself, a blank as "blank". */
export function describe(value: unknown): string {
  if (isBlank(value)) return "blank";
  if (typeof value === "string" && isExcelErrorText(value))
    return `the error ${value.trim().toUpperCase()}`;
  if (typeof value === "string") return `the text "${value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return "not a single value";
}

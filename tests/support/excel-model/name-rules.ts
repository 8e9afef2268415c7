import { columnIndex, MAX_COLUMNS, MAX_ROWS } from "./a1";
import { excelError } from "./errors";

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Throws Excel's InvalidArgument error when `name` breaks the worksheet naming rules: 1–31
 * characters, none of []:*?/\, no apostrophe at either end, and not the reserved "History".
 * @example
 * checkSheetName("CSC Data", "Worksheet.name"); // passes
 * checkSheetName("Q1/Q2", "Worksheet.name"); // throws InvalidArgument
 */
export function checkSheetName(name: string, location: string): void {
  const problem =
    typeof name !== "string" || name.length === 0
      ? "A sheet name cannot be empty."
      : name.length > 31
        ? "A sheet name cannot be longer than 31 characters."
        : SHEET_FORBIDDEN.test(name)
          ? "A sheet name cannot contain any of [ ] : * ? / \\."
          : name.startsWith("'") || name.endsWith("'")
            ? "A sheet name cannot begin or end with an apostrophe."
            : name.toLowerCase() === "history"
              ? "'History' is a reserved sheet name."
              : undefined;
  if (problem) throw excelError("InvalidArgument", location, problem);
}

function looksLikeA1Cell(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  const row = Number(m[2]);
  return columnIndex(m[1] ?? "") < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS;
}

function looksLikeR1C1(name: string): boolean {
  return /^[Rr](\d+)?([Cc](\d+)?)?$/.test(name) || /^[Cc](\d+)?$/.test(name);
}

/**
 * Throws InvalidArgument when `name` breaks Excel's rules for defined names and table names: starts
 * with a letter, underscore or backslash; then letters, digits, periods, underscores, backslashes;
 * no spaces; at most 255 characters; not a cell reference in A1 or R1C1 form.
 * @example
 * checkDefinedName("ScorecardMonth", "NamedItemCollection.add"); // passes
 * checkDefinedName("AB12", "NamedItemCollection.add"); // throws InvalidArgument
 */
export function checkDefinedName(name: string, location: string): void {
  const valid =
    typeof name === "string" &&
    name.length >= 1 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) &&
    !looksLikeA1Cell(name) &&
    !looksLikeR1C1(name);
  if (!valid) {
    throw excelError("InvalidArgument", location, `'${String(name)}' is not a valid name.`);
  }
}

/**
 * Excel compares sheet, table and defined names without regard to case.
 * @example
 * sameName("Data", "DATA"); // true
 */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}

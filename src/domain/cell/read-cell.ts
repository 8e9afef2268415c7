import { percentFromFraction } from "../format/percent-scale";
import { SUPPRESSED_SYMBOL } from "../format/suppression";
import { isPercentFormat } from "./number-format";
import { shownCell } from "./shown-cell";

/**
 * One cell as a host hands it over: a number, text, a boolean, or nothing. Excel gives an empty
 * cell as "" (in `range.values` and in a custom function's range), exceljs and tests as `null`, and
 * an omitted optional argument of a custom function arrives as `undefined` (or `null`).
 */
export type CellInput = number | string | boolean | null | undefined;

/** What a cell holds, once read the way Excel shows it. */
export type CellReading =
  | { readonly kind: "blank" }
  /** Always finite. `percent` when written "28%" or shown with a % format; `value` is then 0–100. */
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean }
  /** A disclosure-control marker: the value exists but is withheld (c, x, *, -, .., :, u, k, z). */
  | { readonly kind: "suppressed"; readonly marker: string }
  /** An Excel error value, in capitals as Excel shows it ("#N/A", "#DIV/0!"). */
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string };

/**
 * Every error value Excel shows in a cell, including the newer ones (dynamic arrays, data types,
 * linked data) that a custom function's argument or a data sheet's formula can hold.
 */
export const EXCEL_ERROR_VALUES: readonly string[] = [
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
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

/** GSS symbols (c, k, u, x, z) and the older markers seen in published tables, in lower case. */
export const SUPPRESSION_MARKERS: readonly string[] = [
  SUPPRESSED_SYMBOL,
  "x",
  "*",
  "-",
  "..",
  ":",
  "k",
  "u",
  "z",
  "~",
];

const ERROR_VALUES = new Set(EXCEL_ERROR_VALUES);
const MARKERS = new Set(SUPPRESSION_MARKERS);
/**
 * Digits with optional thousands groups ("1,234", never "12,34": a European decimal comma is
 * ambiguous, so it stays text), an optional decimal part and an optional exponent ("1e-3", as
 * Excel's VALUE reads it). The lookahead asks for a digit before any exponent: "+", "." and "e5"
 * are text.
 */
const NUMERIC_TEXT = /^[-+]?(?=\.?\d)(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?$/i;

/**
 * Reads a cell the way an analyst would: numeric text such as "1,234", " 12 " and "1e-3" is a
 * number, "28.0%" is 28 marked as a percent, and a number shown with a % format is the fraction
 * Excel displays ×100, so 0.28 formatted "0.0%" reads as 28 percent. Suppression markers and error
 * values are told apart from stray text. A number never comes out unless it is finite: "1e400" is
 * text, and NaN, Infinity or 1e308 shown as a percentage read as #NUM!, as Excel shows them.
 * @example readCell("1,234") // { kind: "number", value: 1234, percent: false }
 * @example readCell("12,34") // { kind: "text", text: "12,34" }
 * @example readCell(0.28, "0.0%") // { kind: "number", value: 28, percent: true }
 * @example readCell("#field!") // { kind: "error", text: "#FIELD!" }
 */
export function readCell(cell: CellInput, numberFormat = "General"): CellReading {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  if (typeof cell === "number") {
    const percent = isPercentFormat(numberFormat);
    const value = percent ? percentFromFraction(cell) : cell;
    return Number.isFinite(value) ? { kind: "number", value, percent } : NUM_ERROR;
  }
  const text = shownCell(cell);
  if (text === "") return BLANK;
  const upper = text.toUpperCase();
  if (ERROR_VALUES.has(upper)) return { kind: "error", text: upper };
  if (MARKERS.has(text.toLowerCase())) return { kind: "suppressed", marker: text };
  const percent = text.endsWith("%");
  const body = (percent ? text.slice(0, -1) : text).trim();
  if (NUMERIC_TEXT.test(body)) {
    const value = Number(body.replace(/,/g, ""));
    // "1e400" or 400 digits is text that looks like a number: past what a number can hold.
    if (Number.isFinite(value)) return { kind: "number", value, percent };
  }
  return { kind: "text", text };
}

const BLANK: CellReading = { kind: "blank" };
const NUM_ERROR: CellReading = { kind: "error", text: "#NUM!" };

import { SUPPRESSED_SYMBOL } from "../domain/format/suppression";
import type { RawCell } from "./grid";
import { percentFromFraction } from "../domain/format/percent-scale";

/** What a data cell holds, once read the way Excel shows it. */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean }
  /** A disclosure-control marker: the value exists but is withheld (c, x, *, -, .., :, u, k, z). */
  | { readonly kind: "suppressed"; readonly marker: string }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string };

/** GSS symbols (c, k, u, x, z) and the older markers seen in published tables. */
const SUPPRESSION_MARKERS = new Set([
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
]);
const ERROR_VALUE =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const NUMERIC_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Reads a cell as a number where it is one, the way an analyst would: numeric text such as
 * "1,234", " 12 " and "28.0%" is a number ("28.0%" is 28 and marked as a percent); a number shown
 * with a % format is a fraction Excel displays ×100, so 0.28 formatted "0.0%" reads as 28 percent.
 * @example readCell("1,234") // { kind: "number", value: 1234, percent: false }
 * @example readCell(0.28, "0.0%") // { kind: "number", value: 28, percent: true }
 */
export function readCell(cell: RawCell, numberFormat = "General"): CellReading {
  if (cell === null || cell === "") return { kind: "blank" };
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "error", text: "#NUM!" };
    if (!isPercentFormat(numberFormat)) return { kind: "number", value: cell, percent: false };
    const percent = percentFromFraction(cell);
    // 1e308 shown as a percentage is past what a number holds: Excel itself shows #NUM! there.
    return Number.isFinite(percent)
      ? { kind: "number", value: percent, percent: true }
      : { kind: "error", text: "#NUM!" };
  }
  const text = cell.replace(/\u00a0/g, " ").trim();
  if (text === "") return { kind: "blank" };
  if (ERROR_VALUE.test(text)) return { kind: "error", text: text.toUpperCase() };
  if (SUPPRESSION_MARKERS.has(text.toLowerCase())) return { kind: "suppressed", marker: text };
  const percent = text.endsWith("%");
  const body = (percent ? text.slice(0, -1) : text).trim();
  if (NUMERIC_TEXT.test(body) && /\d/.test(body)) {
    const value = Number(body.replace(/,/g, ""));
    // 400 digits is text that looks like a number, not a count: Excel itself would show it as text.
    if (Number.isFinite(value)) return { kind: "number", value, percent };
  }
  return { kind: "text", text };
}

/** Whether a number format shows its value as a percentage ("0%", "0.0%", but not "0.0\%" text). */
export function isPercentFormat(numberFormat: string): boolean {
  return /(^|[^\\"])%/.test(numberFormat.replace(/"[^"]*"/g, ""));
}

/** Whether a number format shows a date ("mmm-yy", "dd/mm/yyyy"), not a number or a time alone. */
export function isDateFormat(numberFormat: string): boolean {
  const stripped = numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").toLowerCase();
  return /[dy]/.test(stripped) || /m{3,}/.test(stripped);
}

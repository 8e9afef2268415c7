import { excelError } from "./errors";

/** What a cell holds as Excel reports it through `range.values`: "" for an empty cell. */
export type CellValue = string | number | boolean;

/** Excel's error literals: stored as text, reported by `valueTypes` as "Error". */
export const ERROR_LITERALS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

/** What writing one input to a cell does: nothing, clear it, store a constant, or store a formula. */
export type CellWrite =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "constant"; value: CellValue; impliedFormat?: string }
  | { kind: "formula"; formula: string };

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || !/\d/.test(trimmed) || !NUMBER_TEXT.test(trimmed)) return undefined;
  const n = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * How Excel treats one element of a `values` or `formulas` array, as if typed: null leaves the
 * cell alone, "" clears it, "=..." is a formula and so is other text starting with "+" or "-",
 * numeric text becomes a number (unless the cell is formatted as Text "@"), "12%" becomes 0.12
 * formatted "0%", "TRUE" becomes a boolean, and a leading apostrophe forces text. Non-finite numbers are refused (Office would silently send null).
 * @example
 * interpretCellInput("42", "General"); // { kind: "constant", value: 42 }
 * interpretCellInput("42", "@"); // { kind: "constant", value: "42" }
 */
export function interpretCellInput(
  input: unknown,
  numberFormat: string,
  location = "Range.values"
): CellWrite {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      throw excelError(
        "InvalidArgument",
        location,
        `${String(input)} cannot be written to a cell.`
      );
    }
    return { kind: "constant", value: input === 0 ? 0 : input };
  }
  if (typeof input === "boolean") return { kind: "constant", value: input };
  if (typeof input !== "string") {
    throw excelError(
      "InvalidArgument",
      location,
      "Cell values must be strings, numbers or booleans."
    );
  }
  if (input === "") return { kind: "clear" };
  // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
  // interprets this value as a formula": Range.values,
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member.
  // The docs do not say whether a Text ("@") format changes that, so the model assumes it does not
  // (docs/excel-checks/ has the check to run in Excel). Numeric text ("-5", "+3") is a number.
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  // The apostrophe is Excel's text prefix whatever the format: stored as text, shown without it.
  if (input.startsWith("'")) return { kind: "constant", value: input.slice(1) };
  if (numberFormat === "@") return { kind: "constant", value: input };
  if (/^[+-]/.test(input) && input.length > 1 && numberFromText(input) === undefined) {
    return { kind: "formula", formula: `=${input}` };
  }
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "constant", value: upper === "TRUE" };
  if (input.trim().endsWith("%")) {
    const n = numberFromText(input.trim().slice(0, -1));
    if (n !== undefined) return { kind: "constant", value: n / 100, impliedFormat: "0%" };
  }
  const n = numberFromText(input);
  if (n !== undefined) return { kind: "constant", value: n };
  return { kind: "constant", value: input };
}

/**
 * Excel's `valueTypes` entry for a stored value.
 * @example
 * valueTypeOf("#N/A"); // "Error"
 */
export function valueTypeOf(value: CellValue): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR_LITERALS.includes(value) ? "Error" : "String";
}

import type { CellReading } from "../../domain/cell/read-cell";
import { sheetIssue, type SheetIssue } from "../sheet-issue";

/** Where a value sits and what it should be, for the message. */
export interface ValuePlace {
  readonly sheet: string;
  readonly cell: string;
  /** What the cell holds, for the message: "Referrals for Apr-15". */
  readonly what: string;
}

/**
 * The issue for a cell that holds no usable number: a suppression marker (info: withheld, so
 * missing, never 0), an Excel error value (warning: missing), a boolean or stray text (error).
 * `null` for numbers and blanks, which the caller judges.
 * @example nonNumberIssue({ kind: "suppressed", marker: "c" }, place)?.code // "SUPPRESSED_VALUE"
 */
export function nonNumberIssue(reading: CellReading, place: ValuePlace): SheetIssue | null {
  const { sheet, cell, what } = place;
  switch (reading.kind) {
    case "blank":
    case "number":
      return null;
    case "suppressed":
      return sheetIssue(
        "info",
        "SUPPRESSED_VALUE",
        sheet,
        cell,
        `${what} is withheld ("${reading.marker}"); the month is treated as missing, not as 0.`
      );
    case "error":
      return sheetIssue(
        "warning",
        "EXCEL_ERROR_VALUE",
        sheet,
        cell,
        `${what} shows the Excel error ${reading.text}; the month is treated as missing until the formula is fixed.`
      );
    case "boolean":
      return sheetIssue(
        "error",
        "BOOLEAN_NOT_NUMBER",
        sheet,
        cell,
        `${what} is ${reading.value ? "TRUE" : "FALSE"}, where a number belongs; it is not read.`
      );
    case "text":
      return sheetIssue(
        "error",
        "TEXT_NOT_NUMBER",
        sheet,
        cell,
        `${what} holds the text "${reading.text}", where a number belongs; it is not read.`
      );
  }
}

import { readCell } from "../../domain/cell/read-cell";
import type { RawCell } from "../grid";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import { shownDecimals } from "./shown-decimals";
import { nonNumberIssue, type ValuePlace } from "./value-issue";

/** A printed percentage on the 0–100 scale, with the places it is shown to. */
export interface PercentCell {
  readonly value: number | null;
  readonly decimals: number | undefined;
  readonly issue: SheetIssue | null;
}

/**
 * Reads a printed percentage: "28.0%" text, 0.28 with a % format and 28 in a "%" row all read as
 * 28. A value outside 0–100 is a warning and unused; markers, errors and text as `nonNumberIssue`.
 * @example readPercentCell("28.0%", "General", () => place) // { value: 28, decimals: 1, issue: null }
 */
export function readPercentCell(
  cell: RawCell,
  format: string,
  placeOf: () => ValuePlace
): PercentCell {
  const reading = readCell(cell, format);
  if (reading.kind !== "number") {
    const issue = reading.kind === "blank" ? null : nonNumberIssue(reading, placeOf());
    return { value: null, decimals: undefined, issue };
  }
  if (reading.value < 0 || reading.value > 100) {
    const place = placeOf();
    return {
      value: null,
      decimals: undefined,
      issue: sheetIssue(
        "warning",
        "PERCENT_OUT_OF_RANGE",
        place.sheet,
        place.cell,
        `${place.what} reads ${reading.value}%; a percentage lies between 0 and 100, so it is not checked.`
      ),
    };
  }
  return { value: reading.value, decimals: shownDecimals(cell, format), issue: null };
}

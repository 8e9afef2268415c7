import {
  MAX_PLAUSIBLE_COUNT,
  tooLargeDetail,
  tooLargeToBeReal,
} from "../../domain/arithmetic/finite";
import { readCell } from "../../domain/cell/read-cell";
import type { RawCell } from "../grid";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import { nonNumberIssue, type ValuePlace } from "./value-issue";

/** A count read from a measure's cell: the number, or `null` with the reason when it is unusable. */
export interface CountCell {
  readonly value: number | null;
  readonly issue: SheetIssue | null;
}

/**
 * Reads one count the way Excel shows it ("1,234", " 12 " and 12 alike). A negative count, a
 * percentage or a count too large to be real (above 10^12, `MAX_PLAUSIBLE_COUNT`) is an error and
 * unused; markers, error values, booleans and text as `nonNumberIssue`.
 * `placeOf` is asked only when there is something to report, since most cells are fine.
 * @example readCountCell("1,234", "General", () => place) // { value: 1234, issue: null }
 */
export function readCountCell(cell: RawCell, format: string, placeOf: () => ValuePlace): CountCell {
  // Most cells of a data sheet are plain counts: skip the format parsing `readCell` would do.
  if (
    typeof cell === "number" &&
    format === "General" &&
    cell >= 0 &&
    cell <= MAX_PLAUSIBLE_COUNT
  ) {
    return { value: cell, issue: null };
  }
  const reading = readCell(cell, format);
  if (reading.kind === "blank") return NOTHING;
  if (reading.kind !== "number") return { value: null, issue: nonNumberIssue(reading, placeOf()) };
  if (reading.value >= 0 && !reading.percent && !tooLargeToBeReal(reading.value))
    return { value: reading.value, issue: null };
  const place = placeOf();
  if (reading.percent) {
    return {
      value: null,
      issue: sheetIssue(
        "error",
        "PERCENT_NOT_COUNT",
        place.sheet,
        place.cell,
        `${place.what} is a percentage (${reading.value}%), where a count belongs; it is not read.`
      ),
    };
  }
  if (reading.value < 0) {
    return {
      value: null,
      issue: sheetIssue(
        "error",
        "NEGATIVE_COUNT",
        place.sheet,
        place.cell,
        `${place.what} is ${reading.value}; a count cannot be negative, so it is not read.`
      ),
    };
  }
  return {
    value: null,
    issue: sheetIssue(
      "error",
      "COUNT_TOO_LARGE",
      place.sheet,
      place.cell,
      `${tooLargeDetail(place.what, reading.value)} It is not read.`
    ),
  };
}

const NOTHING: CountCell = { value: null, issue: null };

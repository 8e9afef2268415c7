import { readCell, type CellReading } from "../cell-value";
import type { RawCell } from "../grid";
import { shownCell } from "./cell-issue";

/**
 * Reads a cell as `readCell` does, but never as a number that is not finite: a lone "+" or a
 * run of digits too long for a double is text to an analyst, and a reader must never pass NaN or
 * Infinity on.
 * @example readFiniteCell("+") // { kind: "text", text: "+" }
 * @example readFiniteCell("22.6%") // { kind: "number", value: 22.6, percent: true }
 */
export function readFiniteCell(cell: RawCell, numberFormat = "General"): CellReading {
  const reading = readCell(cell, numberFormat);
  if (reading.kind === "number" && !Number.isFinite(reading.value))
    return { kind: "text", text: shownCell(cell) };
  return reading;
}

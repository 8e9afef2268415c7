import { readCell } from "../../domain/cell/read-cell";
import type { RawCell } from "../grid";

// "2014/15", "2014-15", "2014–2015", "2014 to 15": a financial year as the DfE tables label it.
const FINANCIAL_YEAR = /(?<!\d)((?:19|20)\d{2})\s*(?:\/|-|–|—|to)\s*(\d{2}|\d{4})(?!\d)/i;
const CALENDAR_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/**
 * The year a benchmark is from, as a scorecard labels it: a financial year written the DfE's way
 * ("2014/15", however it was typed) or a single year ("2015", for a figure at 31 March or a
 * workforce census). A second year that does not follow the first ("2014/13") is no year at all.
 * @example benchmarkYearIn("England 2014-2015") // "2014/15"
 * @example benchmarkYearIn("SN (2013)") // "2013"
 * @example benchmarkYearIn("Stat neighbours") // null
 */
export function benchmarkYearIn(text: string): string | null {
  const span = FINANCIAL_YEAR.exec(text);
  if (span !== null) {
    const [, first = "", second = ""] = span;
    const start = Number(first);
    const end = second.length === 2 ? Number(second) : Number(second) % 100;
    if (end !== (start + 1) % 100 || (second.length === 4 && Number(second) !== start + 1))
      return null;
    return `${start}/${String(end).padStart(2, "0")}`;
  }
  const year = CALENDAR_YEAR.exec(text);
  return year?.[1] ?? null;
}

/**
 * A cell of a "Benchmark year" column: blank is no year (undefined), a whole number from 1900 to
 * 2099 or text naming a year is that year, anything else cannot be read (null).
 * @example benchmarkYearCell("2014-15") // "2014/15"
 * @example benchmarkYearCell(2015) // "2015"
 * @example benchmarkYearCell("last year") // null
 */
export function benchmarkYearCell(cell: RawCell): string | null | undefined {
  const reading = readCell(cell);
  if (reading.kind === "blank") return undefined;
  if (reading.kind === "number") {
    const n = reading.value;
    return Number.isInteger(n) && n >= 1900 && n <= 2099 ? String(n) : null;
  }
  if (reading.kind !== "text") return null;
  const year = benchmarkYearIn(reading.text);
  // Only a cell that is the year and little else: "2014/15" or "FY 2014/15", not a sentence.
  return year !== null && reading.text.trim().length <= year.length + 6 ? year : null;
}

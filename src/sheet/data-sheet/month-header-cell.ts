import { isMonthLabel, parseMonthLabel } from "../../domain/period/parse-month";
import type { MonthKey } from "../../domain/period/month";
import { isDateFormat } from "../../domain/cell/number-format";
import type { RawCell } from "../grid";

/**
 * How a header cell names a month: text with its year ("Apr-15"), a month name alone ("APR"), a
 * number shown as a date, or a number that could be a date serial when the host gave no formats.
 */
export type MonthCellKind = "text" | "monthOnly" | "date" | "serial";

/** Serials of 1 January 1990 and 31 December 2099: the years a monthly header can name. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73050;
const MONTH_NAME_ONLY = /^[a-z]+\.?$/i;

/**
 * Whether a header cell looks like a month, and how. A number counts only when its format is a
 * date format, or, with no format information at all, when it is a plausible date serial (the
 * caller then checks that the line's serials run month by month).
 * @example monthCellKind("Apr-15", "General", true) // "text"
 * @example monthCellKind("APR", "General", true) // "monthOnly"
 * @example monthCellKind(42095, "mmm-yy", true) // "date"
 */
export function monthCellKind(
  cell: RawCell,
  format: string,
  formatsKnown: boolean
): MonthCellKind | null {
  if (typeof cell === "string") {
    if (!isMonthLabel(cell)) return null;
    return MONTH_NAME_ONLY.test(cell.trim()) ? "monthOnly" : "text";
  }
  if (typeof cell !== "number" || !Number.isFinite(cell)) return null;
  if (formatsKnown) return isDateFormat(format) && parseMonthLabel(cell).ok ? "date" : null;
  return cell >= FIRST_SERIAL && cell <= LAST_SERIAL ? "serial" : null;
}

/**
 * Whether the months a line's bare numbers would name run like a header's: at least two, and at
 * least half the steps between neighbours one to three months the same way. A header with a
 * repeated month or a gap still runs monthly (both are reported at their cells); a row of counts or
 * a constant population does not.
 * @example serialsRunMonthly([monthKey(2015, 4), monthKey(2015, 5)]) // true
 * @example serialsRunMonthly([monthKey(2015, 4), monthKey(2015, 5), monthKey(2015, 5), monthKey(2015, 9)]) // true
 * @example serialsRunMonthly([monthKey(2015, 4), monthKey(2015, 4)]) // false
 */
export function serialsRunMonthly(months: readonly MonthKey[]): boolean {
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < months.length; i++) {
    const step = (months[i] ?? 0) - (months[i - 1] ?? 0);
    if (step >= 1 && step <= 3) forward++;
    else if (step <= -1 && step >= -3) backward++;
  }
  const monthly = Math.max(forward, backward);
  return monthly >= 1 && monthly * 2 >= months.length - 1;
}

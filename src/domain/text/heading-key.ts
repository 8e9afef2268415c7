import type { RawCell } from "../grid";

/**
 * Reduces a heading or key cell to lower-case words, so "Stat. Neighbours", "stat neighbours " and
 * "STAT-NEIGHBOURS" meet; "%" survives as a word because "Tolerance (%)" and "%" mean something.
 * Numbers and booleans are headings too when written as text, so they are read as their text.
 * @example headingKey("  Stat. Neighbours (avg)") // "stat neighbours avg"
 */
export function headingKey(cell: RawCell): string {
  if (cell === null) return "";
  return String(cell)
    .toLowerCase()
    .replace(/%/g, " % ")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

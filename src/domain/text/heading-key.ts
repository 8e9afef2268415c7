import { textKey } from "./text-key";

/**
 * Reduces a heading, key or word to lower-case words, so "Stat. Neighbours", "stat neighbours " and
 * "STAT-NEIGHBOURS" meet; "%" survives as a word because "Tolerance (%)" and "%" mean something.
 * Words of any script are words (see `textKey`), so only a blank heading reduces to "".
 * Numbers and booleans are headings too when written as text, so they are read as their text.
 * @example headingKey("  Stat. Neighbours (avg)") // "stat neighbours avg"
 */
export function headingKey(text: string | number | boolean | null): string {
  if (text === null) return "";
  return textKey(String(text).replace(/%/g, " % ").replace(/&/g, " and "), "%");
}

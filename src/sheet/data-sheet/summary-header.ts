import type { RawCell } from "../grid";

/** What a summary column or row beside the months holds. */
export type SummaryKind = "ytd" | "total" | "percentMonth" | "percentYtd" | "average";

export interface SummaryHeader {
  readonly kind: SummaryKind;
  /** The financial year the header names ("2013/14 YTD" → 2013), when it names one. */
  readonly fyStartYear: number | null;
}

const FINANCIAL_YEAR = /(\d{4})\s*[/-]\s*(\d{2}|\d{4})/;
const KINDS: ReadonlyArray<readonly [RegExp, SummaryKind]> = [
  [/^% (mnth|mth|month|monthly|in month)$/, "percentMonth"],
  [/^% (ytd|year to date)$/, "percentYtd"],
  [/^(ytd|year to date|ytd total|total ytd)$/, "ytd"],
  [/^(total|grand total|totals|annual total|year total)$/, "total"],
  [/^(average|avg|mean|monthly average|average per month)$/, "average"],
];

/**
 * Reads a header as a summary beside the months ("YTD", "2013/14 YTD", "Total", "Grand Total",
 * "% Mnth", "% YTD", "Average"), or `null` when it is not one. Case, spaces, a trailing footnote
 * star and a financial year before or after the words are ignored.
 * @example summaryHeaderOf("2013/14 YTD") // { kind: "ytd", fyStartYear: 2013 }
 * @example summaryHeaderOf("Refs") // null
 */
export function summaryHeaderOf(cell: RawCell): SummaryHeader | null {
  if (typeof cell !== "string" || cell.length > 60) return null;
  let text = cell
    .toLowerCase()
    .replace(/\u00a0/g, " ")
    .replace(/\*+\s*$/, "")
    .trim();
  let fyStartYear: number | null = null;
  const year = FINANCIAL_YEAR.exec(text);
  if (year) {
    fyStartYear = financialYearStartOf(year[1] ?? "", year[2] ?? "");
    if (fyStartYear === null) return null;
    text = text.replace(year[0], " ");
  }
  text = text.replace(/[()]/g, " ").replace(/%/g, " % ").replace(/\s+/g, " ").trim();
  for (const [pattern, kind] of KINDS) {
    if (pattern.test(text)) return { kind, fyStartYear };
  }
  return null;
}

/**
 * The start year of a financial year written "2013/14", "2013-14" or "2013/2014"; `null` when the
 * second year does not follow the first.
 * @example financialYearStartOf("2013", "14") // 2013
 */
export function financialYearStartOf(first: string, second: string): number | null {
  const start = Number(first);
  const end = Number(second);
  if (second.length === 2 && end === (start + 1) % 100) return start;
  if (second.length === 4 && end === start + 1) return start;
  return null;
}

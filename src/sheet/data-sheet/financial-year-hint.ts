import type { Grid } from "../grid";
import { financialYearStartOf } from "./summary-header";

const FINANCIAL_YEAR = /(?:^|[^\d])(\d{4})\s*[/-]\s*(\d{2}|\d{4})(?![\d/-])/g;

/** How far into the sheet titles are looked for: titles and notes sit above and left of the data. */
const TITLE_ROWS = 30;
const TITLE_COLUMNS = 30;

/**
 * The financial years written in the sheet's text near its top-left ("Scorecard 2013/14",
 * "2013-14 YTD"), as start years, each once, in order. A month-only header (APR … MAR) takes its
 * year from here only when exactly one year is named.
 * @example financialYearsNamed({ sheet: "CSC Data", values: [["Overview 2013/14"]] }) // [2013]
 */
export function financialYearsNamed(grid: Grid): number[] {
  const years = new Set<number>();
  const rows = Math.min(grid.values.length, TITLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    const columns = Math.min(row.length, TITLE_COLUMNS);
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell !== "string" || cell.length > 200) continue;
      for (const match of cell.matchAll(FINANCIAL_YEAR)) {
        const start = financialYearStartOf(match[1] ?? "", match[2] ?? "");
        if (start !== null) years.add(start);
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}

import type { ReportBy } from "../../sheet/settings/report-by";

/**
 * The Scorecard table's columns, in order, as data. Headers are stable, so analysts' structured
 * references (`CSC_Scorecard[RAG]`) survive every refresh. The printed columns come first and the
 * print area ends at the last of them; the columns kept for formulas and filters (the unit, the
 * numeric variances, the section and the id) follow it, off the printed page.
 *
 * Widths are in points, chosen so the printed columns (those of the print area a report does not
 * hide: HIDDEN_COLUMNS) fit A4 landscape at 80 % or more (see print-scale.ts) and every figure fits
 * its column in Calibri 11 (tests/plan/scorecard-print.test.ts). They are also narrow enough for
 * 80 % where a column is 6.3 % wider than Excel makes it, as LibreOffice makes it (it turns widths
 * in characters into points with Carlito's unrounded 7.44 px digit, where Excel rounds to 7 px):
 * the independent renderer the committee's PDF may come from prints what Excel prints.
 */
export const SCORECARD_COLUMNS = [
  { key: "indicator", header: "Indicator", points: 120, printed: true, wrap: true },
  { key: "latest", header: "Latest month", points: 50, printed: true, wrap: false },
  { key: "counts", header: "Counts", points: 40, printed: true, wrap: true },
  { key: "previous", header: "Previous month", points: 42, printed: true, wrap: false },
  { key: "direction", header: "Direction of travel", points: 64, printed: true, wrap: true },
  { key: "lastYear", header: "Same month last year", points: 36, printed: true, wrap: false },
  {
    key: "directionLastYear",
    header: "Direction on last year",
    points: 64,
    printed: true,
    wrap: true,
  },
  {
    key: "quarter",
    header: "Quarter to date (rates annualised)",
    points: 54,
    printed: true,
    wrap: false,
  },
  {
    key: "ytd",
    header: "Year to date (rates annualised)",
    points: 54,
    printed: true,
    wrap: false,
  },
  { key: "rolling12", header: "Rolling 12 months", points: 40, printed: true, wrap: false },
  { key: "forecast", header: "Year-end forecast", points: 42, printed: true, wrap: false },
  { key: "target", header: "Target", points: 34, printed: true, wrap: false },
  {
    key: "statNeighbours",
    header: "Statistical neighbours",
    points: 52,
    printed: true,
    wrap: false,
  },
  { key: "england", header: "England", points: 40, printed: true, wrap: false },
  { key: "region", header: "Region", points: 36, printed: true, wrap: false },
  { key: "against", header: "Against rating basis", points: 78, printed: true, wrap: true },
  { key: "rag", header: "RAG", points: 48, printed: true, wrap: false },
  { key: "note", header: "Note", points: 100, printed: true, wrap: true },
  { key: "unit", header: "Unit", points: 55, printed: false, wrap: false },
  { key: "ratedAgainst", header: "Rated against", points: 120, printed: false, wrap: false },
  { key: "variance", header: "Variance", points: 62, printed: false, wrap: false },
  { key: "variancePct", header: "Variance %", points: 58, printed: false, wrap: false },
  { key: "section", header: "Section", points: 135, printed: false, wrap: false },
  { key: "id", header: "Id", points: 160, printed: false, wrap: false },
] as const;

export type ScorecardColumnKey = (typeof SCORECARD_COLUMNS)[number]["key"];

/**
 * The columns of the print area a report hides, so that every report has the same table (the same
 * headers, for structured references) and prints one A4 page wide at 80 % or more.
 * - By month, the quarter so far: the monthly meeting reads the month and the year to date.
 * - By quarter, the previous month and the direction of travel on it: a committee that meets each
 *   quarter last saw the figures three months ago, so a move since last month is the monthly
 *   board's business, and the quarter is read beside the same month last year (its direction
 *   stays), the year to date and the rolling 12 months, on which some indicators are rated.
 *   Hiding the pair rather than narrowing columns keeps the notes as legible as the month's.
 * The figures stay in their cells for formulas and filters.
 */
export const HIDDEN_COLUMNS: Readonly<Record<ReportBy, ReadonlySet<ScorecardColumnKey>>> = {
  month: new Set(["quarter"]),
  quarter: new Set(["previous", "direction"]),
};

/** Each column's 0-based index by key. */
export const COLUMN = Object.fromEntries(SCORECARD_COLUMNS.map((c, i) => [c.key, i])) as Readonly<
  Record<ScorecardColumnKey, number>
>;

/** How many columns the table has, and the last one printed (0-based). */
export const COLUMN_COUNT = SCORECARD_COLUMNS.length;
export const LAST_PRINTED_COLUMN = SCORECARD_COLUMNS.filter((c) => c.printed).length - 1;

/** 0-based row of the table's header: below the title and the six facts, after a blank row. */
export const SCORECARD_HEADER_ROW = 8;

import { isWithheld } from "../../domain/format/suppression";
import { SECTION_LABELS, SECTION_ORDER } from "../../domain/indicators/indicator-def";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";

/** One line of the table below its header, in the order printed. */
export type LayoutEntry =
  | { readonly kind: "section"; readonly label: string }
  | { readonly kind: "indicator"; readonly row: ScorecardRow }
  | { readonly kind: "noData"; readonly label: string };

export interface ScorecardLayout {
  readonly entries: readonly LayoutEntry[];
  /** How many entries print: the sections and their indicators, before the rows with no data. */
  readonly printed: number;
}

/**
 * The table's lines: a heading line for each stage of the child's journey with its indicators
 * under it, then, below the print area, the indicators with no figure at all (no month, previous
 * month, last year, year to date or rolling figure, shown or withheld) under a heading that says
 * so. They stay in the table, so formulas and filters still find every indicator, but a committee
 * does not read a page of empty rows.
 * @example scorecardLayout(rows, "May 2015").entries[0] // { kind: "section", label: "Front door" }
 */
export function scorecardLayout(rows: readonly ScorecardRow[], month: string): ScorecardLayout {
  const entries: LayoutEntry[] = [];
  const empty: ScorecardRow[] = [];
  let section: string | null = null;
  for (const row of orderBySection(rows)) {
    if (!hasData(row)) {
      empty.push(row);
      continue;
    }
    if (row.def.section !== section) {
      section = row.def.section;
      entries.push({ kind: "section", label: sectionLabel(row) });
    }
    entries.push({ kind: "indicator", row });
  }
  const printed = entries.length;
  if (empty.length > 0) {
    entries.push({ kind: "noData", label: `No data up to ${month} (not printed)` });
    for (const row of empty) entries.push({ kind: "indicator", row });
  }
  return { entries, printed };
}

/** The label of a row's stage of the journey. */
export function sectionLabel(row: ScorecardRow): string {
  return SECTION_LABELS[row.def.section] ?? row.def.section;
}

/** Rows grouped by stage of the journey, keeping the catalogue's order within each stage. */
export function orderBySection(rows: readonly ScorecardRow[]): ScorecardRow[] {
  const rank = (row: ScorecardRow) => {
    const i = SECTION_ORDER.indexOf(row.def.section);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

/** Whether a row has any figure to print: a withheld figure counts, since it exists. */
function hasData(row: ScorecardRow): boolean {
  return [row.value, row.previous, row.sameMonthLastYear, row.ytd, row.rolling12].some(
    (figure) => isWithheld(figure) || figure.value !== null
  );
}

import type { MonthKey } from "../../domain/period/month";
import { formatMonthLong } from "../../domain/period/month";
import type { ReportedPercent } from "../../domain/reconcile/reported-figure";
import { readCell } from "../../domain/cell/read-cell";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import { monthSpan } from "./header-line";
import { readPercentCell } from "./percent-cell";
import type { TableLayout } from "./table-layout";

/** The printed percentages of one line, ready to reconcile when their indicator is known. */
export interface PercentLine {
  readonly reported: readonly ReportedPercent[];
  readonly issues: readonly SheetIssue[];
}

/**
 * Reads a line of printed percentages: each month's value as a "% Mnth" (or "% YTD" when the line
 * is one) figure of `indicator`, and a YTD cell as the "% YTD" of the latest month. With no
 * indicator (`null`) the values are still checked for range and type, but none is reported; so
 * are a repeated month's cells.
 * @example readPercentLine(layout, 3, "referral_to_assessment_pct", "percentMonth", "% of referrals").reported.length // 10
 */
export function readPercentLine(
  layout: TableLayout,
  line: number,
  indicator: string | null,
  kind: "percentMonth" | "percentYtd",
  label: string
): PercentLine {
  const { view, header } = layout;
  const sheet = view.grid.sheet;
  const reported: ReportedPercent[] = [];
  const issues: SheetIssue[] = [];
  const { latest } = monthSpan(header.months);
  const shownLabel = label === "" ? "The percentage" : `"${label}"`;
  const read = (
    position: number,
    month: MonthKey,
    figureKind: ReportedPercent["kind"] | null,
    again = ""
  ) => {
    const cell = view.address(line, position);
    const value = readPercentCell(view.cell(line, position), view.format(line, position), () => ({
      sheet,
      cell,
      what: `${shownLabel} for ${formatMonthLong(month)}${again}`,
    }));
    if (value.issue !== null) issues.push(value.issue);
    if (value.value === null || indicator === null || figureKind === null) return;
    reported.push({
      kind: figureKind,
      indicator,
      month,
      value: value.value,
      ...(value.decimals === undefined ? {} : { decimals: value.decimals }),
      cell,
      ...(label === "" ? {} : { label }),
    });
  };
  for (const { position, month } of header.months) read(position, month, kind);
  // A repeated month's column is checked, never reported: which of the two is right is not known.
  for (const { position, month } of header.repeats) read(position, month, null, " (again)");
  for (const summary of header.summaries) {
    if (summary.kind === "ytd" || summary.kind === "percentYtd") {
      read(summary.position, latest, "percentYtd");
    } else if (summary.kind === "percentMonth") {
      read(summary.position, latest, "percentMonth");
    } else if (readCell(view.cell(line, summary.position)).kind !== "blank") {
      issues.push(
        sheetIssue(
          "info",
          "SUMMARY_NOT_CHECKED",
          sheet,
          view.address(line, summary.position),
          `The "${summary.label}" of a percentage covers no period the engine recomputes, so it is not checked.`
        )
      );
    }
  }
  return { reported, issues };
}

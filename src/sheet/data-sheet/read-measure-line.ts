import type { MonthKey } from "../../domain/period/month";
import { formatMonthLong } from "../../domain/period/month";
import type { ReportedCount } from "../../domain/reconcile/reported-figure";
import { readCell } from "../../domain/cell/read-cell";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import { meetsRule, POPULATION_RULE, ruleText } from "../cell/number-rule";
import { readCountCell } from "./count-cell";
import { monthSpan } from "./header-line";
import { POPULATION_MEASURE } from "./missing-population";
import { shownDecimals } from "./shown-decimals";
import type { TableLayout } from "./table-layout";
import { uncountableIssues } from "./unread-cells";

/** One measure's line: its monthly counts, where they are, and its printed YTD or Total. */
export interface MeasureLine {
  readonly values: ReadonlyMap<MonthKey, number>;
  readonly cells: ReadonlyMap<MonthKey, string>;
  readonly reported: readonly ReportedCount[];
  readonly issues: readonly SheetIssue[];
}

/**
 * Reads a measure's counts month by month, and its "YTD" or "Total" cell as a figure to reconcile
 * at the latest month (a Total from the first month shown). A percentage or average column beside
 * counts names no indicator, so it is reported once (per position, in `unchecked`) as not checked.
 * A repeated month's cell is not read but is checked for values no count can take; a population
 * must be a whole number of at least 1, as the population setting must. Messages and reported
 * figures name the line by the analyst's own `label` ("Refs"), as the sheet shows it.
 * @example readMeasureLine(layout, 4, "referrals", "Refs", new Set()).values.get(monthKey(2013, 4)) // 324
 */
export function readMeasureLine(
  layout: TableLayout,
  line: number,
  measure: string,
  label: string,
  unchecked: Set<number>
): MeasureLine {
  const { view, header } = layout;
  const sheet = view.grid.sheet;
  const values = new Map<MonthKey, number>();
  const cells = new Map<MonthKey, string>();
  const issues: SheetIssue[] = [];
  const name = `"${label}"`;
  const what = (month: MonthKey) => `${name} for ${formatMonthLong(month)}`;
  for (const { position, month } of header.months) {
    const cell = view.address(line, position);
    const read = readCountCell(view.cell(line, position), view.format(line, position), () => ({
      sheet,
      cell,
      what: what(month),
    }));
    if (read.issue !== null) issues.push(read.issue);
    if (read.value === null) continue;
    if (measure === POPULATION_MEASURE && !meetsRule(read.value, POPULATION_RULE)) {
      issues.push(
        sheetIssue(
          "error",
          "BAD_POPULATION",
          sheet,
          cell,
          `${what(month)} is ${read.value}, not ${ruleText(POPULATION_RULE)}; it is not read.`
        )
      );
      continue;
    }
    values.set(month, read.value);
    cells.set(month, cell);
  }
  uncountableIssues(view, line, header.repeats, (month) => `${what(month)} (again)`, issues);
  const reported: ReportedCount[] = [];
  const { latest, earliest } = monthSpan(header.months);
  for (const summary of header.summaries) {
    const raw = view.cell(line, summary.position);
    const format = view.format(line, summary.position);
    const cell = view.address(line, summary.position);
    if (summary.kind !== "ytd" && summary.kind !== "total") {
      if (readCell(raw, format).kind !== "blank" && !unchecked.has(summary.position)) {
        unchecked.add(summary.position);
        issues.push(
          sheetIssue(
            "info",
            "SUMMARY_NOT_CHECKED",
            sheet,
            cell,
            `The "${summary.label}" figures beside counts name no indicator, so they are not checked against the counts.`
          )
        );
      }
      continue;
    }
    const read = readCountCell(raw, format, () => ({
      sheet,
      cell,
      what: `${name}, ${summary.label}`,
    }));
    if (read.issue !== null) issues.push(read.issue);
    if (read.value === null) continue;
    const decimals = shownDecimals(raw, format);
    reported.push({
      kind: summary.kind,
      measure,
      month: latest,
      ...(summary.kind === "total" ? { from: earliest } : {}),
      value: read.value,
      ...(decimals === undefined ? {} : { decimals }),
      cell,
      label,
    });
  }
  return { values, cells, reported, issues };
}

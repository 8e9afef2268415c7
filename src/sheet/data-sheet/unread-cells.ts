import type { MonthKey } from "../../domain/period/month";
import type { IssueSink } from "../issue-list";
import type { SheetIssueCode } from "../sheet-issue";
import { readCountCell } from "./count-cell";
import type { HeaderMonth } from "./header-line";
import type { SheetView } from "./sheet-view";

/** What no count can be, wherever it sits: a line not read is still checked for these. */
const NO_COUNT_CAN_TAKE: ReadonlySet<SheetIssueCode> = new Set<SheetIssueCode>([
  "NEGATIVE_COUNT",
  "PERCENT_NOT_COUNT",
  "EXCEL_ERROR_VALUE",
  "BOOLEAN_NOT_NUMBER",
  "COUNT_TOO_LARGE",
]);

/**
 * Reports, at its cell, each value no count can take (a negative number, an Excel error value, a
 * percentage, TRUE or FALSE, a number too large to be real) in cells that are not read: a line whose
 * label names no measure, a measure's second line, a repeated month's column. Text and withheld
 * markers pass: a line not read may hold notes. Fixing the label then reveals nothing new.
 * @example uncountableIssues(view, 7, header.repeats, (m) => `Referrals for ${formatMonth(m)}`, issues)
 */
export function uncountableIssues(
  view: SheetView,
  line: number,
  positions: readonly HeaderMonth[],
  whatOf: (month: MonthKey) => string,
  issues: IssueSink
): void {
  const sheet = view.grid.sheet;
  for (const { position, month } of positions) {
    const { issue } = readCountCell(view.cell(line, position), view.format(line, position), () => ({
      sheet,
      cell: view.address(line, position),
      what: whatOf(month),
    }));
    if (issue !== null && NO_COUNT_CAN_TAKE.has(issue.code)) issues.push(issue);
  }
}

import { formatMonthLong, type MonthKey } from "../../domain/period/month";
import { joinWords } from "../../domain/text/join-words";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import type { HeaderMonth } from "./header-line";
import type { SheetView } from "./sheet-view";

/** Gaps longer than this are named by their ends rather than month by month. */
const LISTED_MONTHS = 6;

/**
 * Warns of each gap in the month sequence, at the header of the month after it, naming the missing
 * months: a missing month is never zero, so every window through it is incomplete.
 * @example monthGapIssues(view, 0, [{ position: 1, month: apr }, { position: 2, month: jun }]) // "May-15 is missing"
 */
export function monthGapIssues(
  view: SheetView,
  headerLine: number,
  months: readonly HeaderMonth[]
): SheetIssue[] {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const issues: SheetIssue[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (before === undefined || after === undefined || after.month - before.month <= 1) continue;
    const missing: MonthKey[] = [];
    for (let m = before.month + 1; m < after.month; m++) missing.push(m as MonthKey);
    const named =
      missing.length <= LISTED_MONTHS
        ? joinWords(missing.map(formatMonthLong))
        : `${formatMonthLong(missing[0] ?? before.month)} to ${formatMonthLong(missing[missing.length - 1] ?? after.month)}`;
    const verb = missing.length === 1 ? "is" : "are";
    issues.push(
      sheetIssue(
        "warning",
        "MONTH_GAP",
        view.grid.sheet,
        view.address(headerLine, after.position),
        `The months jump from ${formatMonthLong(before.month)} to ${formatMonthLong(after.month)}: ${named} ${verb} missing, so windows through ${missing.length === 1 ? "it" : "them"} are incomplete.`
      )
    );
  }
  return issues;
}

/**
 * Warns of each header month after `today` (the host's current month): data for a month that has
 * not happened is a mistyped year or a template filled ahead.
 * @example futureMonthIssues(view, 0, months, monthKey(2015, 6)) // one warning per month after Jun-15
 */
export function futureMonthIssues(
  view: SheetView,
  headerLine: number,
  months: readonly HeaderMonth[],
  today: MonthKey
): SheetIssue[] {
  return months
    .filter((m) => m.month > today)
    .map((m) =>
      sheetIssue(
        "warning",
        "FUTURE_MONTH",
        view.grid.sheet,
        view.address(headerLine, m.position),
        `${formatMonthLong(m.month)} is after the current month (${formatMonthLong(today)}); check the year.`
      )
    );
}

import type { SuppressionSettings } from "../domain/format/suppression";
import { sheetIssue, type SheetIssue, type SheetIssueCode } from "../sheet/sheet-issue";

/**
 * Issues whose sentence quotes counts the data holds (a part above its whole names both counts),
 * with what to say instead. An issue carries its cell but not its numbers, so with suppression on
 * these are reworded whatever the counts: a sentence cannot be told small from large after the fact.
 */
const COUNT_QUOTING_ISSUES: Partial<Record<SheetIssueCode, string>> = {
  NUMERATOR_ABOVE_DENOMINATOR:
    "a part is above its whole in this month (the counts are not quoted, since small numbers are withheld under disclosure control); check this cell and its whole's, as one of them is wrong.",
};

/**
 * The issues as a refresh with small-number suppression may show and write them: those that quote
 * counts keep their code, severity and cell but lose the numbers. Unchanged with suppression off.
 * @example withholdIssues([partAboveWhole], { enabled: true })[0].message // "'CSC Data'!F5: a part is above its whole in this month (…)"
 */
export function withholdIssues(
  issues: readonly SheetIssue[],
  suppression: SuppressionSettings
): SheetIssue[] {
  if (!suppression.enabled) return [...issues];
  return issues.map((issue) => {
    const detail = COUNT_QUOTING_ISSUES[issue.code];
    return detail === undefined
      ? issue
      : sheetIssue(issue.severity, issue.code, issue.sheet, issue.cell, detail);
  });
}

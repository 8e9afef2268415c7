import type { MeasureData } from "../../domain/measures/measure-data";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { formatMonthLong, type MonthKey } from "../../domain/period/month";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import type { PartWhole } from "./part-whole-pairs";

/**
 * Warns where a part exceeds its whole in the same month (re-referrals above referrals,
 * assessments in timescale above assessments completed), naming both cells; both values are kept,
 * since either may be the wrong one.
 * @example partAboveWholeIssues(data, cells, partWholePairs(INDICATORS), MEASURES, "CSC Data")
 */
export function partAboveWholeIssues(
  data: MeasureData,
  cells: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>>,
  pairs: readonly PartWhole[],
  measures: Readonly<Record<MeasureId, MeasureDef>>,
  sheet: string
): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const nameOf = (id: MeasureId) => measures[id]?.name ?? id;
  for (const { part, wholes } of pairs) {
    const partValues = data.get(part);
    if (partValues === undefined || wholes.some((w) => !data.has(w))) continue;
    for (const [month, value] of partValues) {
      let whole = 0;
      let complete = true;
      for (const w of wholes) {
        const v = data.get(w)?.get(month);
        if (v === undefined) complete = false;
        else whole += v;
      }
      if (!complete || value <= whole) continue;
      const partCell = cells.get(part)?.get(month) ?? "";
      const wholeCells = wholes.map((w) => cells.get(w)?.get(month) ?? "").join(" + ");
      issues.push(
        sheetIssue(
          "warning",
          "NUMERATOR_ABOVE_DENOMINATOR",
          sheet,
          partCell,
          `${nameOf(part)} for ${formatMonthLong(month)} (${partCell}, ${value}) is above ${wholes.map(nameOf).join(" + ")} (${wholeCells}, ${whole}); a part cannot exceed its whole, so one of them is wrong.`
        )
      );
    }
  }
  return issues;
}

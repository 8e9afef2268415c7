import type { PlanCell, ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";

/** The scorecard sheet of a plan. */
export function scorecardSheet(plan: ScorecardPlan): SheetPlan {
  const found = plan.sheets.find((s) => s.role === "scorecard");
  if (found === undefined) throw new Error("no scorecard sheet");
  return found;
}

/** A column's 0-based index by its header. */
export function columnOf(header: string): number {
  const index = SCORECARD_COLUMNS.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no scorecard column "${header}"`);
  return index;
}

/** Every line of the table below its header: section headings and indicators alike. */
export function tableLines(plan: ScorecardPlan): ReadonlyArray<readonly PlanCell[]> {
  return (scorecardSheet(plan).blocks[0]?.values ?? []).slice(SCORECARD_HEADER_ROW + 1);
}

/** The indicator lines only (those with an id), in the order written. */
export function indicatorLines(plan: ScorecardPlan): ReadonlyArray<readonly PlanCell[]> {
  const id = columnOf("Id");
  return tableLines(plan).filter((line) => line[id] !== "");
}

/** One indicator's cell under a header. */
export function cellOf(plan: ScorecardPlan, indicator: string, header: string): PlanCell {
  const line = indicatorLines(plan).find((l) => l[columnOf("Id")] === indicator);
  if (line === undefined) throw new Error(`no scorecard line for ${indicator}`);
  return line[columnOf(header)] ?? "";
}

/** One indicator's number format under a header. */
export function formatOf(plan: ScorecardPlan, indicator: string, header: string): string {
  const sheet = scorecardSheet(plan);
  const values = sheet.blocks[0]?.values ?? [];
  const row = values.findIndex(
    (l, r) => r > SCORECARD_HEADER_ROW && l[columnOf("Id")] === indicator
  );
  return sheet.blocks[0]?.numberFormats[row]?.[columnOf(header)] ?? "";
}

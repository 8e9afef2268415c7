import type { ScorecardPlan } from "../../../src/plan/plan-types";
import { columnLetters } from "../../../src/sheet/a1";
import { analystWorkbook, planOf, refresh } from "./refresh-harness";

/** The plan with the scorecard's manual page breaks set to these rows. */
function breakingAt(plan: ScorecardPlan, breaks: readonly number[]): ScorecardPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => (s.role === "scorecard" ? { ...s, pageBreaks: breaks } : s)),
  };
}

describe("the scorecard's pages in Excel", () => {
  it("hides the columns the plan hides and fixes the rows at their planned heights", async () => {
    const plan = planOf();
    const scorecard = plan.sheets.find((s) => s.role === "scorecard");
    if (scorecard === undefined) throw new Error("no scorecard planned");
    const model = analystWorkbook();
    await refresh(model, plan);
    const sheet = model.workbook.sheet("Scorecard");
    const hidden = scorecard.columnWidths.filter((w) => w.hidden === true).map((w) => w.column);
    expect(hidden.length).toBeGreaterThan(0);
    const columns = sheet.snapshot().columns;
    const shownHidden = Object.entries(columns).filter(([, c]) => c.hidden === true);
    expect(shownHidden.map(([letters]) => letters)).toEqual(hidden.map(columnLetters));
    for (const { row, points } of scorecard.rowHeights)
      expect(sheet.rowHeight(row + 1)).toBe(points);
  });

  it("puts the plan's manual page breaks in place of the sheet's old ones", async () => {
    const plan = planOf();
    const model = analystWorkbook();
    await refresh(model, breakingAt(plan, [19, 34]));
    const layout = () => model.workbook.sheet("Scorecard").snapshot().pageLayout;
    expect(layout()).toMatchObject({ horizontalPageBreaks: [20, 35] });
    await refresh(model, breakingAt(plan, [25]));
    expect(layout()).toMatchObject({ horizontalPageBreaks: [26] });
  });
});

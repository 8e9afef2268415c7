import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthlyValues } from "../../src/domain/measures/measure-data";
import { monthKey } from "../../src/domain/period/month";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import type { ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { withholdIssues } from "../../src/plan/withheld-issues";
import { sheetIssue } from "../../src/sheet/sheet-issue";

const APR = monthKey(2015, 4);
const JUN = monthKey(2015, 6);

/** Repeat plans: 9 of 40 in April, 3 of 4 in May, 1 of 4 in June; neighbours at 21.1%. */
function plan(enabled: boolean): ScorecardPlan {
  const data = new Map([
    ["cpp_starts", monthlyValues(APR, [40, 4, 4])],
    ["cpp_starts_repeat", monthlyValues(APR, [9, 3, 1])],
  ]);
  const catalogue = { cpp_repeat_pct: INDICATORS.cpp_repeat_pct };
  const scorecard = computeScorecard(
    catalogue,
    data,
    JUN,
    { cpp_repeat_pct: { statNeighbours: 21.1 } },
    { suppression: { enabled } }
  );
  return buildScorecardPlan({
    scorecard,
    catalogue,
    authority: "Thurrock",
    reportingMonth: JUN,
    dataSheetName: "CSC Data",
    refreshedAt: "2015-07-02T09:00:00Z",
    issues: [],
    reconciliation: { findings: [], explanations: [] },
    chartIndicators: ["cpp_repeat_pct"],
  });
}

function sheet(p: ScorecardPlan, role: SheetPlan["role"]): SheetPlan {
  const found = p.sheets.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} sheet`);
  return found;
}

function cell(p: ScorecardPlan, header: string): unknown {
  const values = sheet(p, "scorecard").blocks[0]?.values ?? [];
  const id = SCORECARD_COLUMNS.findIndex((c) => c.header === "Id");
  const line = values.slice(SCORECARD_HEADER_ROW + 1).find((l) => l[id] === "cpp_repeat_pct");
  return line?.[SCORECARD_COLUMNS.findIndex((c) => c.header === header)];
}

function text(s: SheetPlan): string {
  return s.blocks.flatMap((b) => b.values.flat()).join(" | ");
}

describe("a scorecard with small numbers withheld", () => {
  const open = plan(false);
  const closed = plan(true);

  it("shows the figure, its counts, directions, year to date, rolling figure and variances as c", () => {
    expect(cell(open, "Direction of travel")).toBe("▼ Improving");
    expect(cell(open, "Counts")).toBe("1 of 4");
    expect(cell(open, "Against rating basis")).toBe("3.9 points worse than statistical neighbours");
    for (const header of [
      "Latest month",
      "Counts",
      "Previous month",
      "Direction of travel",
      "Direction on last year",
      "Year to date (rates annualised)",
      "Rolling 12 months",
      "Against rating basis",
      "Variance",
      "Variance %",
    ])
      expect([header, cell(closed, header)]).toEqual([header, "c"]);
    expect(cell(closed, "Statistical neighbours")).toBe(0.211);
  });

  it("rates it Not rated, and the notes say it is withheld instead of quoting the figure", () => {
    expect(cell(open, "RAG")).toBe("Red");
    expect(cell(closed, "RAG")).toBe("Not rated");
    const notes = text(sheet(closed, "notes"));
    expect(text(sheet(open, "notes"))).toMatch(/25\.0% is 3\.9 points worse/);
    expect(notes).not.toMatch(/25\.0%|3\.9|75\.0%/);
    expect(notes).toMatch(/the figure is withheld \(small numbers\)/);
  });

  it("leaves withheld months out of the chart data, as gaps, and says which they are", () => {
    const charts = sheet(closed, "charts");
    const values = charts.blocks[0]?.values ?? [];
    const may = values.find((row) => row[0] === "May-15");
    const apr = values.find((row) => row[0] === "Apr-15");
    expect(may?.[1]).toBe("");
    expect(apr?.[1]).toBeCloseTo(0.225, 10);
    expect(text(charts)).toMatch(/so left blank: May-15, Jun-15\./);
  });

  it("says nothing in the commentary that a withheld figure would explain", () => {
    const notes = text(sheet(closed, "notes"));
    expect(notes).toMatch(
      /No indicator has figures for both May 2015 and this month that can be shown, so no movement is reported\./
    );
    expect(notes).not.toMatch(/stood at/);
    // Nor do the closing lists place it: its rating and direction are withheld.
    expect(notes).toMatch(/No indicator is rated Green or improving this month\./);
    expect(notes).toMatch(/No indicator is rated Red or worsening this month\./);
    expect(notes).toMatch(/In June 2015, no indicator is rated/);
  });
});

describe("issues quoting counts", () => {
  const issue = sheetIssue(
    "warning",
    "NUMERATOR_ABOVE_DENOMINATOR",
    "CSC Data",
    "F5",
    "Re-referrals for May-15 (F5, 4) is above Referrals (F4, 3); a part cannot exceed its whole, so one of them is wrong."
  );
  const other = sheetIssue("info", "SUMMARY_NOT_CHECKED", "CSC Data", "AD1", "Not checked.");

  it("keep their code, severity and cell but lose the counts with suppression on", () => {
    const [withheld, kept] = withholdIssues([issue, other], { enabled: true });
    expect(withheld).toMatchObject({ code: issue.code, severity: "warning", cell: "F5" });
    expect(withheld?.message).toMatch(/^'CSC Data'!F5: a part is above its whole/);
    expect(withheld?.message.replace("'CSC Data'!F5", "")).not.toMatch(/\d/);
    expect(kept).toBe(other);
  });

  it("are unchanged with suppression off", () => {
    expect(withholdIssues([issue], { enabled: false })).toEqual([issue]);
  });
});

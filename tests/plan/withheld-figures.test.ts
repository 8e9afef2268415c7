import { isWithheld } from "../../src/domain/format/suppression";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../src/domain/measures/measure-catalogue";
import type { MeasureDef } from "../../src/domain/measures/measure-def";
import { monthlyValues } from "../../src/domain/measures/measure-data";
import { monthKey } from "../../src/domain/period/month";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { withheldFigures } from "../../src/plan/withheld-figures";

const APR = monthKey(2015, 4);
const JUN = monthKey(2015, 6);
const measures: Readonly<Record<string, MeasureDef | undefined>> = MEASURES;
const kindOf = (measure: string) => measures[measure]?.kind;

// Small counts throughout: children on a plan (a month-end count, rated on its rate per 10,000)
// and referrals (a flow), so each indicator's figures are withheld, year to date and rolling too.
const catalogue = {
  cpp_per10k: INDICATORS.cpp_per10k,
  referrals_per10k: INDICATORS.referrals_per10k,
};
const scorecard = computeScorecard(
  catalogue,
  new Map([
    ["cpp", monthlyValues(APR, [3, 2, 4])],
    ["referrals", monthlyValues(APR, [2, 3, 1])],
    ["population", monthlyValues(APR, [41200, 41200, 41200])],
  ]),
  JUN,
  {},
  { suppression: { enabled: true } }
);
const row = (id: string) => scorecard.rows.find((r) => r.id === id)!;

/** The scorecard column each listed figure is. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  "latest month": "Latest month",
  "previous month": "Previous month",
  "direction of travel": "Direction of travel",
  "same month last year": "Same month last year",
  "direction on last year": "Direction on last year",
  "year to date": "Year to date (rates annualised)",
  "rolling 12 months": "Rolling 12 months",
  "year-end forecast": "Year-end forecast",
};

describe("what the notes say is shown as c (issue 12)", () => {
  it("names no year to date or rolling 12 months for a month-end count, which has neither", () => {
    const cpp = row("cpp_per10k");
    // The engine withholds them (a stock's year to date is its month), but no cell shows them.
    expect(isWithheld(cpp.ytd) && isWithheld(cpp.rolling12)).toBe(true);
    const listed = withheldFigures(cpp, kindOf);
    expect(listed).toContain("latest month");
    expect(listed).not.toContain("year to date");
    expect(listed).not.toContain("rolling 12 months");
  });

  it("still names a flow's withheld year to date and rolling 12 months", () => {
    expect(withheldFigures(row("referrals_per10k"), kindOf)).toEqual(
      expect.arrayContaining(["latest month", "year to date", "rolling 12 months"])
    );
  });

  it("lists only figures whose scorecard cell reads c, on the notes sheet too", () => {
    const plan = buildScorecardPlan({
      scorecard,
      catalogue,
      authority: "Thurrock",
      reportingMonth: JUN,
      dataSheetName: "CSC Data",
      refreshedAt: "2015-07-02T09:00:00Z",
      issues: [],
      reconciliation: { findings: [], explanations: [] },
    });
    const values = plan.sheets.find((s) => s.role === "scorecard")!.blocks[0]!.values;
    const column = (header: string) => SCORECARD_COLUMNS.findIndex((c) => c.header === header);
    const notes = plan.sheets.find((s) => s.role === "notes")!.blocks[0]!.values;
    for (const r of scorecard.rows) {
      const line = values.slice(SCORECARD_HEADER_ROW + 1).find((l) => l[column("Id")] === r.id)!;
      const listed = withheldFigures(r, kindOf);
      expect(listed.length).toBeGreaterThan(0);
      for (const label of listed)
        expect([label, line[column(COLUMN_OF[label]!)]]).toEqual([label, "c"]);
      const said = notes.find((n) => n[0] === "Suppressed" && n[4] === r.id)?.[3];
      expect(said).toBe(`Shown as c: ${listed.join(", ")}.`);
    }
    const cppNote = notes.find((n) => n[0] === "Suppressed" && n[4] === "cpp_per10k")?.[3];
    expect(cppNote).not.toMatch(/year to date|rolling 12 months/);
  });
});

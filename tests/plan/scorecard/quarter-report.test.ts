import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import { monthKey, type MonthKey } from "../../../src/domain/period/month";
import { computeScorecard } from "../../../src/domain/scorecard/compute-scorecard";
import type { SheetPlan } from "../../../src/plan/plan-types";
import {
  buildScorecardSheet,
  SCORECARD_COLUMNS,
  SCORECARD_HEADER_ROW,
} from "../../../src/plan/scorecard-sheet";
import { periodLabel, type TitleFacts } from "../../../src/plan/title-block";

const facts = (reportingMonth: MonthKey, fyStartMonth = 4): TitleFacts => ({
  authority: "Walsall",
  reportingMonth,
  fyStartMonth,
  dataSheetName: "CSC Data",
  refreshedAt: "2016-01-12T09:30:00Z",
  reportBy: "quarter",
});

describe("a quarter's report's period", () => {
  it("names each whole quarter and the months the report covers, from the year's start", () => {
    expect(periodLabel(facts(monthKey(2015, 6)))).toBe("Quarter 1 2015/16 (April to June 2015)");
    expect(periodLabel(facts(monthKey(2015, 9)))).toBe(
      "Quarter 2 2015/16 (April to September 2015)"
    );
    expect(periodLabel(facts(monthKey(2015, 12)))).toBe(
      "Quarter 3 2015/16 (April to December 2015)"
    );
    expect(periodLabel(facts(monthKey(2016, 3)))).toBe(
      "Quarter 4 2015/16 (April 2015 to March 2016)"
    );
  });

  it("says to date while the quarter has months to come", () => {
    expect(periodLabel(facts(monthKey(2015, 4)))).toBe("Quarter 1 2015/16 to date (April 2015)");
    expect(periodLabel(facts(monthKey(2015, 5)))).toBe(
      "Quarter 1 2015/16 to date (April to May 2015)"
    );
    expect(periodLabel(facts(monthKey(2015, 11)))).toBe(
      "Quarter 3 2015/16 to date (April to November 2015)"
    );
    expect(periodLabel(facts(monthKey(2016, 2)))).toBe(
      "Quarter 4 2015/16 to date (April 2015 to February 2016)"
    );
  });

  it("counts quarters from the financial year's start", () => {
    expect(periodLabel(facts(monthKey(2015, 3), 1))).toBe("Quarter 1 2015 (January to March 2015)");
    expect(periodLabel(facts(monthKey(2015, 8), 9))).toBe(
      "Quarter 4 2014/15 (September 2014 to August 2015)"
    );
    expect(periodLabel(facts(monthKey(2015, 10), 9))).toBe(
      "Quarter 1 2015/16 to date (September to October 2015)"
    );
  });

  it("leaves a month's report as it was", () => {
    expect(periodLabel({ ...facts(monthKey(2015, 5)), reportBy: "month" })).toBe(
      "May 2015 (2015/16)"
    );
    const said = facts(monthKey(2015, 5));
    const unsaid: TitleFacts = {
      authority: said.authority,
      reportingMonth: said.reportingMonth,
      fyStartMonth: said.fyStartMonth,
      dataSheetName: said.dataSheetName,
      refreshedAt: said.refreshedAt,
    };
    expect(periodLabel(unsaid)).toBe("May 2015 (2015/16)");
  });
});

describe("a quarter's report's scorecard", () => {
  const FEB = monthKey(2016, 2);
  const FIRST = monthKey(2015, 4);
  const months = (value: number) => Array.from({ length: 11 }, () => value);
  const catalogue = { referrals: INDICATORS.referrals, lac: INDICATORS.lac };
  const card = computeScorecard(
    catalogue,
    new Map([
      ["referrals", monthlyValues(FIRST, months(200))],
      ["lac", monthlyValues(FIRST, months(350))],
    ]),
    FEB,
    {}
  );
  const sheet = (reportBy: "month" | "quarter"): SheetPlan =>
    buildScorecardSheet({
      facts: { ...facts(FEB), reportBy },
      rows: card.rows,
      reconciliation: new Map(),
      kindOf: (m) => MEASURES[m as keyof typeof MEASURES]?.kind,
    });
  const plan = sheet("quarter");
  const values = plan.blocks[0]?.values ?? [];
  const column = (header: string) => SCORECARD_COLUMNS.findIndex((c) => c.header === header);
  const cell = (id: string, header: string) =>
    values.find((line, r) => r > SCORECARD_HEADER_ROW && line[column("Id")] === id)?.[
      column(header)
    ];

  it("titles the sheet and its printed pages with the quarter", () => {
    const period = "Quarter 4 2015/16 to date (April 2015 to February 2016)";
    expect(values[0]?.[0]).toBe(`Children's social care scorecard: ${period}`);
    expect(plan.print.rightHeader).toBe(period);
    expect(sheet("month").blocks[0]?.values[0]?.[0]).toBe("Children's social care scorecard");
  });

  it("shows a flow's quarter so far beside its year to date, and none for a month-end count", () => {
    expect(cell("referrals", "Quarter to date (rates annualised)")).toBe(400);
    expect(cell("referrals", "Year to date (rates annualised)")).toBe(2200);
    expect(cell("lac", "Latest month")).toBe(350);
    expect(cell("lac", "Quarter to date (rates annualised)")).toBe("");
  });
});

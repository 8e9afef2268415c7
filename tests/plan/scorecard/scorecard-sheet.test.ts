import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";
import { computeScorecard } from "../../../src/domain/scorecard/compute-scorecard";
import { benchmarkYearOf } from "../../../src/plan/benchmark-years";
import type { SheetPlan } from "../../../src/plan/plan-types";
import { parseRange } from "../../../src/cli/xlsx/write/a1-range";
import {
  buildScorecardSheet,
  SCORECARD_COLUMNS,
  SCORECARD_HEADER_ROW,
} from "../../../src/plan/scorecard-sheet";

const MAY = monthKey(2015, 5);
/** Nine months of data, September 2014 to May 2015: too few for a full rolling year. */
const FIRST = monthKey(2014, 9);
const months = (value: number) => Array.from({ length: 9 }, () => value);

const CATALOGUE = {
  referrals: INDICATORS.referrals,
  rereferral_pct: INDICATORS.rereferral_pct,
  referrals_per10k: INDICATORS.referrals_per10k,
  lac: INDICATORS.lac,
  lac_per10k: INDICATORS.lac_per10k,
  placement_3plus_pct: INDICATORS.placement_3plus_pct,
  adoptions: INDICATORS.adoptions,
};

function sheet(): SheetPlan {
  const data = new Map([
    ["referrals", monthlyValues(FIRST, months(200))],
    ["rereferrals", monthlyValues(FIRST, months(44))],
    ["lac", monthlyValues(FIRST, months(350))],
    ["lac_3plus_placements", monthlyValues(FIRST, months(35))],
    ["population", monthlyValues(FIRST, [41200])],
  ]);
  const card = computeScorecard(CATALOGUE, data, MAY, {
    rereferral_pct: { target: 20, statNeighbours: 23.6, england: 24.2, region: 22.9 },
    lac_per10k: { statNeighbours: 77.2, england: 60, region: 58 },
    placement_3plus_pct: { statNeighbours: 11.3, england: 10 },
  });
  return buildScorecardSheet({
    facts: {
      authority: "Sample Borough",
      reportingMonth: MAY,
      fyStartMonth: 4,
      dataSheetName: "CSC Data",
      refreshedAt: "2015-06-02T09:05:00Z",
    },
    rows: card.rows,
    reconciliation: new Map(),
    kindOf: (m) => MEASURES[m as keyof typeof MEASURES]?.kind,
    yearOf: benchmarkYearOf({
      rereferral_pct: { statNeighbours: "2014/15", england: "2014/15", region: "2014/15" },
      lac_per10k: { statNeighbours: "2013/14", england: "2014/15", region: "2014/15" },
      placement_3plus_pct: { statNeighbours: "2014/15", england: "2014/15" },
    }),
  });
}

const plan = sheet();
const values = plan.blocks[0]?.values ?? [];
const formats = plan.blocks[0]?.numberFormats ?? [];
const column = (header: string) => SCORECARD_COLUMNS.findIndex((c) => c.header === header);
const rowOf = (id: string) =>
  values.findIndex((line, r) => r > SCORECARD_HEADER_ROW && line[column("Id")] === id);
const cell = (id: string, header: string) => values[rowOf(id)]?.[column(header)];
const format = (id: string, header: string) => formats[rowOf(id)]?.[column(header)];

describe("the scorecard sheet", () => {
  it("leaves the year to date and rolling 12 months of a month-end count empty", () => {
    for (const id of ["lac", "lac_per10k", "placement_3plus_pct"]) {
      expect([id, cell(id, "Latest month")]).not.toEqual([id, ""]);
      expect([
        id,
        cell(id, "Year to date (rates annualised)"),
        cell(id, "Rolling 12 months"),
      ]).toEqual([id, "", ""]);
    }
    expect(cell("referrals", "Year to date (rates annualised)")).toBe(400);
    expect(cell("rereferral_pct", "Year to date (rates annualised)")).toBeCloseTo(0.22, 10);
  });

  it("forecasts the year end of a flow's count only", () => {
    expect(cell("referrals", "Year-end forecast")).toBe(2400);
    for (const id of ["rereferral_pct", "lac", "referrals_per10k"])
      expect(cell(id, "Year-end forecast")).toBe("");
  });

  it("marks a rolling figure that rests on fewer than 12 months, and its note says on how many", () => {
    expect(cell("referrals", "Rolling 12 months")).toBe(1800);
    expect(format("referrals", "Rolling 12 months")).toBe('#,##0" *"');
    expect(cell("referrals", "Note")).toContain("* Rolling 12 months rests on 9 months of data.");
  });

  it("shows the counts behind a percentage beside it", () => {
    expect(cell("rereferral_pct", "Counts")).toBe("44 of 200");
  });

  it("shows a rate to one decimal and its benchmarks as they were published", () => {
    expect(format("lac_per10k", "Latest month")).toBe("#,##0.0");
    expect(format("lac_per10k", "England")).toBe("#,##0");
    expect(format("lac_per10k", "Statistical neighbours")).toBe("#,##0.0");
    expect(cell("lac_per10k", "Region")).toBe(58);
    expect(cell("rereferral_pct", "Region")).toBeCloseTo(0.229, 10);
  });

  it("says once which year the benchmarks are from, and in a row's note where one is not", () => {
    const line = values.find((l) => l[0] === "Benchmark years");
    expect(line?.[1]).toBe("statistical neighbours, England and region 2014/15");
    expect(cell("lac_per10k", "Note")).toContain("Statistical neighbours 2013/14.");
    expect(cell("rereferral_pct", "Note")).not.toMatch(/20\d\d\/\d\d/);
  });

  it("moves indicators with no data below the print area, under a heading that says so", () => {
    const area = parseRange(plan.print.area);
    const table = parseRange(plan.tables[0]?.range ?? "");
    const adoptions = rowOf("adoptions");
    expect(adoptions).toBeGreaterThan(area.bottom);
    expect(adoptions).toBeLessThanOrEqual(table.bottom);
    expect(values[adoptions - 1]?.[column("Indicator")]).toBe(
      "No data up to May 2015 (not printed)"
    );
    for (const id of ["referrals", "rereferral_pct", "lac", "placement_3plus_pct"])
      expect(rowOf(id)).toBeLessThanOrEqual(area.bottom);
  });

  it("heads each stage of the journey with a line inside the table, the id column left blank", () => {
    const headings = values
      .slice(SCORECARD_HEADER_ROW + 1)
      .filter((line) => line[column("Id")] === "")
      .map((line) => [line[column("Indicator")], line[column("Section")]]);
    expect(headings).toEqual([
      ["Front door", "Front door"],
      ["Children looked after", "Children looked after"],
      ["No data up to May 2015 (not printed)", ""],
    ]);
    expect(rowOf("referrals")).toBe(SCORECARD_HEADER_ROW + 2);
  });

  it("keeps the id, section, unit and numeric variances in the table, beyond the print area", () => {
    const area = parseRange(plan.print.area);
    for (const header of ["Id", "Section", "Unit", "Variance", "Variance %", "Rated against"])
      expect(column(header)).toBeGreaterThan(area.right);
    expect(cell("rereferral_pct", "Variance")).toBeCloseTo(2, 10);
    expect(cell("rereferral_pct", "Against rating basis")).toBe("2.0 points worse than target");
  });
});

import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthlyValues } from "../../src/domain/measures/measure-data";
import { addMonths, monthKey } from "../../src/domain/period/month";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import { DEFAULT_CHART_INDICATORS } from "../../src/plan/charts-sheet";
import { drawnLines } from "../../src/plan/drawn-lines";
import type { ChartPlan, PlanCell, ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { parseRange } from "../../src/cli/xlsx/write/a1-range";
import { realisticInput } from "./realistic-authority";

/** A4 landscape inside Excel's normal margins (0.7 inch left and right, 0.75 top and bottom). */
const PRINTABLE = { width: 841.89 - 2 * 0.7 * 72, height: 595.28 - 2 * 0.75 * 72 };

function chartsSheet(p: ScorecardPlan): SheetPlan {
  const found = p.sheets.find((s) => s.role === "charts");
  if (found === undefined) throw new Error("no charts sheet");
  return found;
}

function grid(s: SheetPlan): readonly (readonly PlanCell[])[] {
  return s.blocks[0]?.values ?? [];
}

/** The cells of a chart's range ("B40:B53") as planned. */
function cells(s: SheetPlan, range: string): PlanCell[] {
  const r = parseRange(range);
  const out: PlanCell[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(grid(s)[row]?.[r.left] ?? "");
  return out;
}

function chartOf(s: SheetPlan, id: string): ChartPlan {
  const chart = s.charts.find((c) => c.indicatorId === id);
  if (chart === undefined) throw new Error(`no chart of ${id}`);
  return chart;
}

/** The print area's size in points, from the planned widths and heights (Excel's defaults elsewhere). */
function areaPoints(s: SheetPlan): { width: number; height: number; rows: number } {
  const area = parseRange(s.print.area);
  const width = (c: number) => s.columnWidths.find((w) => w.column === c)?.points ?? 48;
  const height = (r: number) => s.rowHeights.find((h) => h.row === r)?.points ?? 15;
  let w = 0;
  for (let c = area.left; c <= area.right; c++) w += width(c);
  let h = 0;
  for (let r = area.top; r <= area.bottom; r++) h += height(r);
  return { width: w, height: h, rows: area.bottom + 1 };
}

const plan = buildScorecardPlan(realisticInput());
const charts = chartsSheet(plan);

describe("the charts sheet's printed page", () => {
  it("prints the chart grid alone, on one A4 landscape page, at 80 % or more", () => {
    expect(charts.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 1,
    });
    const area = areaPoints(charts);
    const scale = Math.min(PRINTABLE.width / area.width, PRINTABLE.height / area.height);
    expect(scale).toBeGreaterThanOrEqual(0.8);
    for (const chart of charts.charts) {
      expect(chart.left + chart.width).toBeLessThanOrEqual(area.width);
      expect(chart.top + chart.height).toBeLessThanOrEqual(area.height);
    }
    // The area ends at the grid: no column or row beyond the one the last chart reaches into.
    const right = Math.max(...charts.charts.map((c) => c.left + c.width));
    const bottom = Math.max(...charts.charts.map((c) => c.top + c.height));
    expect(area.width - right).toBeLessThan(48);
    expect(area.height - bottom).toBeLessThan(15);
  });

  it("keeps every chart's figures below the print area", () => {
    const area = areaPoints(charts);
    const values = grid(charts);
    for (const chart of charts.charts) {
      for (const line of chart.series) {
        expect(parseRange(line.values).top).toBeGreaterThanOrEqual(area.rows);
        expect(parseRange(line.categories).top).toBeGreaterThanOrEqual(area.rows);
      }
      expect(values.findIndex((row) => row[0] === chart.title)).toBeGreaterThanOrEqual(area.rows);
    }
    expect(
      values
        .slice(1, area.rows)
        .flat()
        .every((cell) => cell === "")
    ).toBe(true);
  });

  it("gives the grid's rows their heights, so the charts sit on the rows they were planned on", () => {
    const area = areaPoints(charts);
    expect(charts.rowHeights.map((h) => h.row)).toEqual([...Array(area.rows).keys()]);
  });

  it("fits a longer grid to more pages, three rows of two charts to each", () => {
    const many = chartsSheet(
      buildScorecardPlan({ ...realisticInput(), chartIndicators: Object.keys(INDICATORS) })
    );
    expect(many.charts.length).toBeGreaterThan(12);
    expect(many.print.fitToPagesTall).toBe(Math.ceil(many.charts.length / 6));
    expect(many.print.fitToPagesWide).toBe(1);
  });
});

describe("each chart's months", () => {
  // Fourteen months of data (January 2014 to February 2015) under a 24-month chart window.
  const short = chartsSheet(buildScorecardPlan(realisticInput({ months: 14 })));

  it("cover the months with data, not the empty months before the data sheet starts", () => {
    for (const chart of short.charts) {
      const months = cells(short, chart.series[0]!.categories);
      expect(months).toHaveLength(14);
      expect(months[0]).toBe("Jan-14");
      expect(months.at(-1)).toBe("Feb-15");
    }
  });

  it("draw a rolling rate's months that rest on fewer than 12 months apart, as a dotted line", () => {
    const chart = chartOf(short, "referrals_per10k");
    expect(chart.series.map((s) => [s.name, s.role, s.line])).toEqual([
      ["Thurrock", "indicator", "solid"],
      ["Fewer than 12 months", "partial", "dot"],
      ["Statistical neighbours", "comparator", "dash"],
      ["England", "comparator", "dot"],
    ]);
    const [own, partial] = chart.series;
    const complete = cells(short, own!.values);
    const part = cells(short, partial!.values);
    // January to November 2014 add up less than a year; December 2014 is the first full year.
    expect(part.slice(0, 11).every((v) => typeof v === "number")).toBe(true);
    expect(complete.slice(0, 11).every((v) => v === "")).toBe(true);
    expect(part.slice(11).every((v) => v === "")).toBe(true);
    expect(complete.slice(11).every((v) => typeof v === "number")).toBe(true);
  });

  it("mark the part-year line's points hollow, to tell them from complete ones", () => {
    const [own, partial] = chartOf(short, "referrals_per10k").series;
    expect(own).toMatchObject({ markers: true });
    expect(own?.markerFill).toBeUndefined();
    expect(partial).toMatchObject({ markers: true, markerFill: "#FFFFFF", color: own?.color });
  });

  it("have no part-year line once every month rests on a full year", () => {
    const chart = chartOf(charts, "referrals_per10k");
    expect(chart.series.some((s) => s.role === "partial")).toBe(true);
    const full = chartsSheet(buildScorecardPlan(realisticInput({ months: 36 })));
    expect(chartOf(full, "referrals_per10k").series.map((s) => s.role)).not.toContain("partial");
    // A month's own figure (a percentage of the month's referrals) is never part-year.
    expect(chartOf(short, "rereferral_pct").series.map((s) => s.role)).not.toContain("partial");
  });

  it("still draw a chart whose every month rests on fewer than 12 months", () => {
    const chart = chartOf(
      chartsSheet(buildScorecardPlan(realisticInput({ months: 6 }))),
      "referrals_per10k"
    );
    expect(chart.series[0]?.blank).toBe(true);
    expect(drawnLines(chart).map((s) => s.role)).toEqual(["partial", "comparator", "comparator"]);
  });
});

describe("each chart's lines", () => {
  it("name the indicator's own line by the authority, and each benchmark with its year", () => {
    const named = chartsSheet(
      buildScorecardPlan({
        ...realisticInput(),
        benchmarkYears: { rereferral_pct: { statNeighbours: "2014/15", england: "2013/14" } },
      })
    );
    expect(chartOf(named, "rereferral_pct").series.map((s) => s.name)).toEqual([
      "Thurrock",
      "Statistical neighbours 2014/15",
      "England 2013/14",
      "Target",
    ]);
    // The table above the chart's figures heads each column as the legend names it.
    const chart = chartOf(named, "rereferral_pct");
    const header = parseRange(chart.series[0]!.values).top - 1;
    expect(grid(named)[header]?.slice(0, 5)).toEqual([
      "Month",
      "Thurrock",
      "Statistical neighbours 2014/15",
      "England 2013/14",
      "Target",
    ]);
  });

  it("draw the band of an indicator rated against one, as its two edges", () => {
    const catalogue = {
      ...INDICATORS,
      referral_to_assessment_pct: {
        ...INDICATORS.referral_to_assessment_pct,
        band: { low: 80, high: 95 },
      },
    };
    const banded = chartsSheet(buildScorecardPlan(realisticInput({ catalogue })));
    const chart = chartOf(banded, "referral_to_assessment_pct");
    const band = chart.series.filter((s) => s.role === "band");
    expect(band.map((s) => s.name)).toEqual(["Band low", "Band high"]);
    expect(cells(banded, band[0]!.values).every((v) => v === 0.8)).toBe(true);
    expect(cells(banded, band[1]!.values).every((v) => v === 0.95)).toBe(true);
    expect(chart.altTextDescription).toMatch(/the band of good values is 80\.0 to 95\.0%\.$/);
    // Rated against its target, re-referrals draw no band even when the indicator has one.
    const rereferral = chartOf(
      chartsSheet(
        buildScorecardPlan(
          realisticInput({
            catalogue: {
              ...INDICATORS,
              rereferral_pct: { ...INDICATORS.rereferral_pct, band: { low: 15, high: 25 } },
            },
          })
        )
      ),
      "rereferral_pct"
    );
    expect(rereferral.series.map((s) => s.role)).not.toContain("band");
  });
});

describe("each chart's value axis", () => {
  it("stops a percentage near 100 % at 100 %, and leaves lower ones and other units to the host", () => {
    const tops = Object.fromEntries(charts.charts.map((c) => [c.indicatorId, c.valueAxisMaximum]));
    // Referrals to assessment reach 100 % in March 2014; re-referrals stay near 20-30 %.
    expect(tops).toEqual({
      referrals_per10k: undefined,
      referral_to_assessment_pct: 1,
      rereferral_pct: undefined,
      assessment_45wd_pct: 1,
      cpp_per10k: undefined,
      lac_per10k: undefined,
    });
  });
});

describe("each chart's alternative text", () => {
  it("is its title and a sentence on how the figure moved, beside its reference lines", () => {
    for (const chart of charts.charts) {
      expect(chart.altTextTitle).toBe(chart.title);
      expect(chart.altTextDescription).toMatch(
        /^(Rose|Fell) from .+ in [A-Z][a-z]+ \d{4} to .+ in December 2015(; .+)?\.$/
      );
    }
    const rereferral = chartOf(charts, "rereferral_pct");
    expect(rereferral.altTextDescription).toBe(
      "Rose from 21.1% in January 2014 to 28.9% in December 2015; statistical neighbours 21.9%, England 22.4%, target 20.0%."
    );
  });

  it("says which months rest on fewer than 12 months, and each benchmark's year", () => {
    const chart = chartOf(
      chartsSheet(
        buildScorecardPlan({
          ...realisticInput({ months: 14 }),
          benchmarkYears: { referrals_per10k: { statNeighbours: "2014/15" } },
        })
      ),
      "referrals_per10k"
    );
    expect(chart.altTextDescription).toMatch(
      /^(Rose|Fell) from [\d,.]+ per 10,000 in January 2014 to [\d,.]+ in February 2015; figures before December 2014 rest on fewer than 12 months of data \(dotted\); statistical neighbours 560\.1 per 10,000 \(2014\/15\), England 544\.5 per 10,000\.$/
    );
  });

  it("is written above the chart's figures too, where Office.js can set no alt text", () => {
    for (const chart of charts.charts) {
      const header = parseRange(chart.series[0]!.values).top - 1;
      expect(grid(charts)[header - 1]?.[0]).toBe(chart.altTextDescription);
      expect(grid(charts)[header - 2]?.[0]).toBe(chart.title);
    }
  });

  it("quotes the first and last months shown, never a withheld one", () => {
    const APR = monthKey(2015, 4);
    const data = new Map([
      ["cpp_starts", monthlyValues(APR, [40, 44, 4])],
      ["cpp_starts_repeat", monthlyValues(APR, [9, 11, 1])],
    ]);
    const catalogue = { cpp_repeat_pct: INDICATORS.cpp_repeat_pct };
    const june = addMonths(APR, 2);
    const scorecard = computeScorecard(
      catalogue,
      data,
      june,
      {},
      { suppression: { enabled: true } }
    );
    const chart = chartOf(
      chartsSheet(
        buildScorecardPlan({
          scorecard,
          catalogue,
          authority: "Rutland",
          reportingMonth: june,
          dataSheetName: "CSC Data",
          refreshedAt: "2015-07-02T09:00:00Z",
          issues: [],
          reconciliation: { findings: [], explanations: [] },
          chartIndicators: ["cpp_repeat_pct"],
        })
      ),
      "cpp_repeat_pct"
    );
    expect(chart.altTextDescription).toBe(
      "Rose from 22.5% in April 2015 to 25.0% in May 2015; 1 month is withheld under disclosure control (small numbers)."
    );
    expect(chart.altTextDescription).not.toMatch(/June|100\.0%/);
  });
});

describe("the default charts", () => {
  it("are the seeds' kinds, in a committee's order", () => {
    expect(charts.charts.map((c) => c.indicatorId)).toEqual(DEFAULT_CHART_INDICATORS);
  });
});

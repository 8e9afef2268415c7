import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { buildScorecardPlan } from "../../../src/plan/build-scorecard-plan";
import type { ScorecardPlan } from "../../../src/plan/plan-types";
import type { ChartState } from "../../support/excel-model/workbook-state";

/** A chart as the model's snapshot gives it (without the id Excel gives it). */
type WrittenChart = Omit<ChartState, "id">;
import { realisticInput } from "../../plan/realistic-authority";
import { analystWorkbook, refresh } from "./refresh-harness";

/**
 * The charts sheet as the Office.js writer leaves it in the Excel model: every line as planned
 * (names, ranges, dashes, widths), blanks as gaps, the legend beside the plot, and the sheet's
 * page set-up fitting the grid to one page.
 */

/** Fourteen months of data (January 2014 to February 2015), the referral band rated on. */
function shortPlan(): ScorecardPlan {
  const catalogue = {
    ...INDICATORS,
    referrals_per10k: { ...INDICATORS.referrals_per10k, band: { low: 450, high: 650 } },
  };
  return buildScorecardPlan({
    ...realisticInput({ catalogue, months: 14 }),
    benchmarkYears: { referrals_per10k: { statNeighbours: "2014/15" } },
  });
}

async function writtenCharts(plan: ScorecardPlan): Promise<WrittenChart[]> {
  const model = analystWorkbook();
  const report = await refresh(model, plan);
  expect(report.ok).toBe(true);
  return model.workbook.sheet("Scorecard charts").snapshot().charts;
}

function chartTitled(charts: readonly WrittenChart[], title: string): WrittenChart {
  const chart = charts.find((c) => c.props["title.text"] === title);
  if (chart === undefined) throw new Error(`no chart titled ${title}`);
  return chart;
}

describe("the charts the Office.js writer draws", () => {
  it("give every planned line its name, cells, dash, width and markers", async () => {
    const plan = shortPlan();
    const charts = await writtenCharts(plan);
    const planned = plan.sheets.find((s) => s.role === "charts")!.charts;
    expect(charts.map((c) => c.name)).toEqual(planned.map((c) => c.name));
    const chart = chartTitled(charts, "Referral rate per 10,000 children (rolling 12 months)");
    const lines = planned.find((c) => c.indicatorId === "referrals_per10k")!.series;
    expect(chart.series.map((s) => s.name)).toEqual([
      "Thurrock",
      "Fewer than 12 months",
      "Statistical neighbours 2014/15",
      "England",
      "Band low",
      "Band high",
    ]);
    chart.series.forEach((series, i) => {
      const line = lines[i]!;
      expect(series.values).toBe(`'Scorecard charts'!${line.values}`);
      expect(series.xValues).toBe(`'Scorecard charts'!${line.categories}`);
    });
    expect(chart.series.map((s) => s.props["format.line.lineStyle"])).toEqual([
      "Continuous",
      "RoundDot",
      "Dash",
      "RoundDot",
      "Continuous",
      "Continuous",
    ]);
    expect(chart.series.map((s) => s.props.markerStyle)).toEqual([
      "Circle",
      "Circle",
      "None",
      "None",
      "None",
      "None",
    ]);
    // The part-year line's markers are hollow.
    expect(chart.series.slice(0, 2).map((s) => s.props.markerBackgroundColor)).toEqual([
      "#1F3864",
      "#FFFFFF",
    ]);
    // The band's edges are thinner than the lines they frame; the others keep Excel's width.
    expect(chart.series.map((s) => s.props["format.line.weight"])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      1.25,
      1.25,
    ]);
  });

  it("plot blanks as gaps, put the legend beside the plot and leave the months' axis untitled", async () => {
    const charts = await writtenCharts(shortPlan());
    expect(
      chartTitled(charts, "Referrals progressing to assessment (%)").props["axes.valueAxis.maximum"]
    ).toBe(1);
    expect(
      chartTitled(charts, "Re-referrals within 12 months (%)").props["axes.valueAxis.maximum"]
    ).toBeUndefined();
    expect(
      chartTitled(charts, "Referral rate per 10,000 children (rolling 12 months)").props[
        "axes.valueAxis.maximum"
      ]
    ).toBeUndefined();
    for (const chart of charts) {
      expect(chart.props.displayBlanksAs).toBe("NotPlotted");
      expect(chart.props["legend.position"]).toBe("Right");
      expect(chart.props["axes.categoryAxis.title.text"]).toBeUndefined();
      expect(chart.props["axes.valueAxis.title.text"]).toEqual(expect.any(String));
    }
  });

  it("draw a rate whose every month rests on fewer than 12 months, from its dotted line", async () => {
    const charts = await writtenCharts(buildScorecardPlan(realisticInput({ months: 6 })));
    const chart = chartTitled(charts, "Referral rate per 10,000 children (rolling 12 months)");
    expect(chart.series.map((s) => s.name)).toEqual([
      "Fewer than 12 months",
      "Statistical neighbours",
      "England",
    ]);
  });

  it("fit the charts sheet's grid to one A4 landscape page and print nothing else", async () => {
    const plan = shortPlan();
    const model = analystWorkbook();
    await refresh(model, plan);
    const print = plan.sheets.find((s) => s.role === "charts")!.print;
    expect(model.workbook.sheet("Scorecard charts").snapshot().pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: `'Scorecard charts'!${print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
    });
  });
});

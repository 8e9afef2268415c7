import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import { computeScorecard } from "../../../src/domain/scorecard/compute-scorecard";
import { buildScorecardPlan } from "../../../src/plan/build-scorecard-plan";
import type { ScorecardPlan } from "../../../src/plan/plan-types";
import type { ExcelModel } from "../../support/excel-model";
import {
  authorityData,
  COMPARATORS,
  FIRST_MONTH,
  realisticInput,
  REPORTING_MONTH,
} from "../../plan/realistic-authority";
import { analystWorkbook, planOf, refresh, state } from "./refresh-harness";

const LAST_MONTH = planOf(12, 24, "2016-01-12T09:30:00Z");
const THIS_MONTH = planOf(12, 25, "2016-02-10T08:00:00Z");
const TEMPORARY = /^CSC (building|backup|retired) /;

async function withLastMonth(): Promise<ExcelModel> {
  const model = analystWorkbook();
  await refresh(model, LAST_MONTH);
  model.resetCounters();
  return model;
}

/** A plan in which every month of re-referrals is a small count, so disclosure control withholds them all. */
function planWithNothingToChart(): ScorecardPlan {
  const data = new Map(authorityData());
  data.set("rereferrals", monthlyValues(FIRST_MONTH, Array<number>(24).fill(3)));
  const scorecard = computeScorecard(INDICATORS, data, REPORTING_MONTH, COMPARATORS, {
    suppression: { enabled: true },
  });
  return buildScorecardPlan({ ...realisticInput(), scorecard });
}

describe("charts on real Excel", () => {
  it("give every series its values and categories by hand", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const charts = model.workbook.sheet("Scorecard charts").snapshot().charts;
    for (const chart of charts) {
      for (const series of chart.series) {
        expect(series.values).toMatch(/!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/);
        expect(series.xValues).toMatch(/!\$?A\$?\d+:\$?A\$?\d+$/);
      }
    }
  });

  it("leave out a chart whose indicator has no month to draw, and say so, instead of failing", async () => {
    const plan = planWithNothingToChart();
    const chartsPlan = plan.sheets.find((s) => s.role === "charts");
    const rereferrals = chartsPlan?.charts.find((c) => c.indicatorId === "rereferral_pct");
    expect(rereferrals?.series[0]?.blank).toBe(true);
    const model = analystWorkbook();
    const report = await refresh(model, plan);
    expect(report.ok).toBe(true);
    expect(report.messages).toEqual([
      expect.stringMatching(
        /^No month of "Re-referrals within 12 months \(%\)" has a figure to draw .* "Scorecard charts" has no chart of it\.$/
      ),
    ]);
    const titles = model.workbook
      .sheet("Scorecard charts")
      .snapshot()
      .charts.map((c) => c.props["title.text"]);
    expect(titles).toHaveLength((chartsPlan?.charts.length ?? 0) - 1);
    expect(titles).not.toContain(rereferrals?.title);
  });
});

describe("freeze panes and page set-up on real Excel", () => {
  it("freeze the scorecard and the notes, each after it was activated", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    expect(model.workbook.sheet("Scorecard").snapshot().frozen).toEqual({ rows: 9, columns: 1 });
    expect(model.workbook.sheet("Scorecard notes").snapshot().frozen).toEqual({
      rows: 2,
      columns: 0,
    });
    expect(model.workbook.activeSheet()).toBe("Scorecard");
  });

  it("leave the scorecard whole, and the refresh ok with a notice in words, when the page set-up fails", async () => {
    const probe = await withLastMonth();
    await refresh(probe, THIS_MONTH);
    // The swap's request shows the scorecard, commits, then freezes its header and sets up the pages.
    const labels = probe.syncs[2]?.labels ?? [];
    const pageSetUp = labels.findIndex((label) => /PageLayout\./.test(label));
    const freeze = labels
      .map((label) => label.startsWith("WorksheetFreezePanes."))
      .lastIndexOf(true);
    const activate = labels.lastIndexOf("Worksheet.activate");
    expect(probe.syncs).toHaveLength(3);
    expect(activate).toBeLessThan(freeze);
    expect(pageSetUp).toBeGreaterThan(freeze);

    const model = await withLastMonth();
    // Excel refuses the page set-up in the swap's request, and again when it is asked on its own.
    model.failSync(3, { afterOperations: pageSetUp });
    model.failSync(6);
    const report = await refresh(model, THIS_MONTH);
    expect(report).toMatchObject({ ok: true, failure: null });
    expect(report.messages).toEqual([
      expect.stringMatching(/^The scorecard is in place, but Excel did not take .*Page Layout/),
    ]);
    expect(model.syncs.map((s) => s.failed === undefined)).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(model.workbook.sheet("Scorecard").values("B6")).toEqual([["10 Feb 2016 08:00 GMT"]]);
    expect(model.workbook.sheetNames()).toEqual(probe.workbook.sheetNames());
    expect(model.workbook.sheet("Scorecard").snapshot().frozen).toEqual({ rows: 9, columns: 1 });
    expect(model.snapshot().sheets.map((s) => s.customProperties)).toEqual(
      probe.snapshot().sheets.map((s) => s.customProperties)
    );
  });

  it("set up the pages after all when the swap's request failed in its finish once", async () => {
    const probe = await withLastMonth();
    await refresh(probe, THIS_MONTH);
    const labels = probe.syncs[2]?.labels ?? [];
    const model = await withLastMonth();
    model.failSync(3, { afterOperations: labels.findIndex((label) => /PageLayout\./.test(label)) });
    const report = await refresh(model, THIS_MONTH);
    expect(report).toMatchObject({ ok: true, messages: [], failure: null });
    expect(state(model)).toEqual(state(probe));
  });

  it("say where Excel dropped fit to pages, as office-js#1860 reports it can", async () => {
    const model = analystWorkbook();
    model.ignoreFitToPages();
    const report = await refresh(model, planOf());
    expect(report.ok).toBe(true);
    expect(report.messages).toEqual([
      `Excel did not set "Scorecard" to print 1 page wide: set it in Page Layout > Scale to Fit > Width before printing.`,
      `Excel did not set "Scorecard charts" to print 1 page wide by 1 tall: set it in Page Layout > Scale to Fit > Width and Height before printing.`,
      `Excel did not set "Scorecard notes" to print 1 page wide: set it in Page Layout > Scale to Fit > Width before printing.`,
    ]);
  });
});

describe("protection", () => {
  it("of the workbook's structure is refused in the survey, saying what to unprotect", async () => {
    const model = await withLastMonth();
    await model.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const before = state(model);
    model.resetCounters();
    const report = await refresh(model, THIS_MONTH);
    expect(report).toMatchObject({
      ok: false,
      syncs: 1,
      failure: { stage: "survey", outcome: "unchanged" },
    });
    expect(report.messages).toEqual([
      expect.stringMatching(
        /structure is protected.*\(Review > Protect Workbook\).*Nothing was changed\.$/
      ),
    ]);
    expect(state(model)).toEqual(before);
  });

  it("of a generated sheet is refused in the survey, naming the sheet", async () => {
    const model = await withLastMonth();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard notes").protection.protect();
      await context.sync();
    });
    const before = state(model);
    const report = await refresh(model, THIS_MONTH);
    expect(report.ok).toBe(false);
    expect(report.messages[0]).toMatch(
      /"Scorecard notes" is protected.*\(Review > Unprotect Sheet\)/
    );
    expect(state(model)).toEqual(before);
  });

  it("of an analyst's own sheet is no reason to refuse", async () => {
    const model = await withLastMonth();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("My analysis").protection.protect();
      await context.sync();
    });
    expect(await refresh(model, THIS_MONTH)).toMatchObject({ ok: true });
  });
});

describe("the survey on real Excel", () => {
  it("falls back to per-sheet loads when Excel refuses the nested ones, in two more syncs", async () => {
    const model = await withLastMonth();
    const clean = await withLastMonth();
    await refresh(clean, THIS_MONTH);
    model.refuseNestedCollectionLoads();
    const report = await refresh(model, THIS_MONTH);
    expect(report).toMatchObject({ ok: true, syncs: 5 });
    expect(state(model)).toEqual(state(clean));
  });
});

describe("styles on real Excel", () => {
  it("reach every range of a style whose addresses pass Excel's 8,192 characters", async () => {
    const plan = planOf();
    const ranges = Array.from({ length: 3000 }, (_, i) => `Z${i + 100}`);
    expect(ranges.join(",").length).toBeGreaterThan(8192 * 2);
    const withMany: ScorecardPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) =>
        sheet.role === "notes"
          ? { ...sheet, styles: [...sheet.styles, { style: { italic: true }, ranges }] }
          : sheet
      ),
    };
    const model = analystWorkbook();
    expect(await refresh(model, withMany)).toMatchObject({ ok: true });
    const notes = model.workbook.sheet("Scorecard notes");
    for (const cell of ["Z100", "Z1600", "Z3099"]) {
      expect(notes.cell(cell).format).toMatchObject({ "font.italic": true });
    }
  });
});

describe("sheets on real Excel", () => {
  it("replaces a previous scorecard sheet the analyst made very hidden", async () => {
    const model = await withLastMonth();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard notes").visibility = "VeryHidden";
      await context.sync();
    });
    const report = await refresh(model, THIS_MONTH);
    expect(report.ok).toBe(true);
    expect(model.workbook.sheetNames().filter((n) => TEMPORARY.test(n))).toEqual([]);
  });

  it("rolls back its own sheets even when they took the ids of the leftovers it deleted", async () => {
    const model = await withLastMonth();
    // A refresh whose recovery failed leaves its half-built sheets behind.
    model.failSync(2, { afterOperations: 40 });
    model.failSync(3);
    await refresh(model, THIS_MONTH);
    const leftovers = model.workbook.sheetNames().filter((n) => TEMPORARY.test(n));
    expect(leftovers.length).toBeGreaterThan(0);
    // The next refresh deletes them, adds its own (which Excel may give their ids), then fails.
    model.failSync(2, { afterOperations: 200 });
    const report = await refresh(model, THIS_MONTH);
    expect(report.failure).toMatchObject({ stage: "write", outcome: "rolled back" });
    expect(model.workbook.sheetNames().filter((n) => TEMPORARY.test(n))).toEqual([]);
    expect(model.workbook.sheet("Scorecard").values("B6")).toEqual([["12 Jan 2016 09:30 GMT"]]);
  });
});

describe("another workbook with focus", () => {
  it.each(["InactiveWorkbook", "documented"] as const)(
    "fails the refresh (%s codes) with words the analyst can act on, and the next refresh tidies up",
    async (mode) => {
      const model = await withLastMonth();
      const clean = await withLastMonth();
      await refresh(clean, THIS_MONTH);
      model.focusAnotherWorkbook(mode);
      const report = await refresh(model, THIS_MONTH);
      expect(report.ok).toBe(false);
      // Still elsewhere, the recovery's own deletes fail too.
      expect(report.failure?.outcome).toBe("not recovered");
      if (mode === "InactiveWorkbook") {
        expect(report.messages.at(-1)).toBe(
          "The refresh failed while writing the new scorecard. The workbook could not be tidied. Stay in this workbook while the scorecard refreshes, then try again."
        );
      }
      model.focusThisWorkbook();
      expect(await refresh(model, THIS_MONTH)).toMatchObject({ ok: true });
      expect(model.workbook.sheetNames()).toEqual(clean.workbook.sheetNames());
    }
  );
});

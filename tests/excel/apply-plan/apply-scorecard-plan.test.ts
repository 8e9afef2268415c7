import { analystWorkbook, inputs, planOf, refresh, state } from "./refresh-harness";

describe("applyScorecardPlan", () => {
  it("writes the scorecard, charts and notes sheets after the analyst's own, and shows the scorecard", async () => {
    const model = analystWorkbook();
    const report = await refresh(model, planOf());
    expect(report).toMatchObject({ ok: true, syncs: 3, messages: [], failure: null });
    expect(model.workbook.sheetNames()).toEqual([
      "CSC Data",
      "CSC Comparators",
      "My analysis",
      "Scorecard",
      "Scorecard charts",
      "Scorecard notes",
    ]);
    expect(model.workbook.activeSheet()).toBe("Scorecard");
    expect(model.syncCount).toBe(3);
  });

  it("leaves values, number formats, fills and widths as planned", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const sheet = model.workbook.sheet("Scorecard");
    expect(sheet.values("A1:B7")).toEqual([
      ["Children's social care scorecard", ""],
      ["Authority", "Thurrock"],
      ["Reporting month", 42339],
      ["Financial year", "2015/16"],
      ["Data source", "CSC Data"],
      ["Refreshed", "12 Jan 2016 09:30 GMT"],
      ["Benchmark years", "Not given on the comparators sheet"],
    ]);
    expect(sheet.numberFormats("B3")).toEqual([["mmm yyyy"]]);
    expect(sheet.values("A9:D9")).toEqual([
      ["Indicator", "Latest month", "Counts", "Previous month"],
    ]);
    expect(sheet.cell("A9").format).toMatchObject({
      "fill.color": "#1F3864",
      "font.color": "#FFFFFF",
      "font.bold": true,
    });
    expect(sheet.values("A10:B10")).toEqual([["Front door", ""]]);
    expect(sheet.cell("A10").format).toMatchObject({ "fill.color": "#D9E1F2", "font.bold": true });
    const ids = sheet.values("X10:X60").map((row) => row[0]);
    const row = 10 + ids.indexOf("rereferral_pct");
    expect(sheet.values(`B${row}`)[0]?.[0]).toBeCloseTo(0.2893, 3);
    expect(sheet.numberFormats(`B${row}`)).toEqual([["0.0%"]]);
    expect(sheet.values(`Q${row}`)).toEqual([["Red"]]);
    expect(sheet.cell(`Q${row}`).format).toMatchObject({
      "fill.color": "#C00000",
      "font.color": "#FFFFFF",
    });
    expect(sheet.columnWidth("A")).toBe(120);
  });

  it("prints every sheet on the paper its plan names", async () => {
    const planned = planOf();
    const letter = {
      ...planned,
      sheets: planned.sheets.map((s) => ({
        ...s,
        print: { ...s.print, paperSize: "Letter" as const },
      })),
    };
    const model = analystWorkbook();
    await refresh(model, letter);
    for (const name of ["Scorecard", "Scorecard charts", "Scorecard notes"]) {
      expect(model.workbook.sheet(name).snapshot().pageLayout).toMatchObject({
        paperSize: "Letter",
      });
    }
  });

  it("freezes the header, sets up printing and creates the table and names", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const snapshot = model.workbook.sheet("Scorecard").snapshot();
    expect(snapshot.frozen).toEqual({ rows: 9, columns: 1 });
    expect(snapshot.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      leftMargin: 18,
      rightMargin: 18,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      // The model keeps the sheet name at the time of the call; Excel follows the rename.
      printTitleRows: expect.stringMatching(/!\$9:\$9$/),
      "headersFooters.defaultForAllPages.centerHeader":
        "&BThurrock: Children's social care scorecard",
    });
    expect(snapshot.customProperties).toEqual({
      "csc-scorecard-name": "Scorecard",
      "csc-scorecard-role": "scorecard",
      "csc-scorecard-state": "live",
    });
    expect(model.workbook.tables()).toEqual([
      expect.objectContaining({
        name: "CSC_Scorecard",
        sheet: "Scorecard",
        address: expect.stringMatching(/^Scorecard!A9:X\d+$/),
      }),
    ]);
    expect(model.workbook.names().map((n) => [n.name, n.scope, n.formula])).toContainEqual([
      "CSC_ReportingMonth",
      "Scorecard",
      "=Scorecard!$B$3",
    ]);
  });

  it("draws one line chart per key indicator with titles, axes and reference lines", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const charts = model.workbook.sheet("Scorecard charts").snapshot().charts;
    expect(charts).toHaveLength(6);
    const rereferral = charts.find(
      (c) => c.props["title.text"] === "Re-referrals within 12 months (%)"
    );
    expect(rereferral?.chartType).toBe("Line");
    expect(rereferral?.series.map((s) => s.name)).toEqual([
      "Thurrock",
      "Statistical neighbours",
      "England",
      "Target",
    ]);
    expect(rereferral?.props).toMatchObject({
      "axes.valueAxis.title.text": "Percent",
      "legend.position": "Right",
    });
    expect(rereferral?.series[1]?.props).toMatchObject({ "format.line.lineStyle": "Dash" });
    expect(rereferral?.series[0]?.values).toMatch(/!B\d+:B\d+$/);
  });

  it("suspends screen updating for every write and the API's recalculation for every write of cells, and never switches the calculation mode", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const [, build, swapAndFinish] = model.syncs;
    for (const sync of [build, swapAndFinish]) {
      expect(sync?.labels).toContain("Application.suspendScreenUpdatingUntilNextSync");
      expect(sync?.labels).toContain("Application.suspendApiCalculationUntilNextSync");
    }
    const calls = model.workbook.application.calls;
    expect(calls.filter((call) => call.startsWith("calculationMode"))).toEqual([]);
    expect(model.workbook.application.calculationMode).toBe("Automatic");
  });

  it.each([
    [10, 12],
    [10, 120],
    [100, 12],
    [100, 120],
  ])(
    "refreshes %i indicators over %i months in three syncs, the survey's included",
    async (count, months) => {
      const model = analystWorkbook();
      await refresh(model, planOf(count, months));
      model.resetCounters();
      const report = await refresh(model, planOf(count, months));
      expect(report.ok).toBe(true);
      expect(model.syncCount).toBe(3);
    }
  );

  it("queues operations that grow with styles and charts, not with cells", async () => {
    const count = async (indicators: number) => {
      const model = analystWorkbook();
      await refresh(model, planOf(indicators));
      return model.operationCount;
    };
    const small = await count(10);
    const large = await count(100);
    expect(large).toBeLessThan(small * 1.5);
  });

  it("gives the same workbook when refreshed twice, with no duplicated sheets, charts, tables or names", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    const first = state(model);
    await refresh(model, planOf());
    expect(state(model)).toEqual(first);
    expect(model.workbook.tables()).toHaveLength(1);
  });

  it("replaces last month's scorecard in place, wherever the analyst moved it", async () => {
    const model = analystWorkbook();
    await refresh(model, planOf());
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").position = 0;
      await context.sync();
    });
    await refresh(model, planOf(42, 24, "2016-02-10T08:00:00Z"));
    expect(model.workbook.sheetNames()[0]).toBe("Scorecard");
    expect(model.workbook.sheet("Scorecard").values("B6")).toEqual([["10 Feb 2016 08:00 GMT"]]);
  });

  it("never overwrites an analyst's own sheet called Scorecard, and says where the output went", async () => {
    const model = analystWorkbook();
    model.addSheet("Scorecard", [["My own scorecard"]]);
    const mine = model.workbook.sheet("Scorecard").snapshot();
    const report = await refresh(model, planOf());
    expect(report.sheets).toContainEqual({ role: "scorecard", name: "Scorecard (2)" });
    expect(report.messages).toEqual([
      'A sheet of yours is already called "Scorecard", so it was left alone and the scorecard sheet is "Scorecard (2)".',
    ]);
    expect(model.workbook.sheet("Scorecard").snapshot()).toEqual(mine);
    const first = state(model);
    await refresh(model, planOf());
    expect(state(model)).toEqual(first);
  });

  it("keeps clear of an analyst's table that already has the scorecard table's name", async () => {
    const model = analystWorkbook();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("My analysis").tables.add("A1:B2", true).name =
        "CSC_Scorecard";
      await context.sync();
    });
    const report = await refresh(model, planOf());
    expect(report.ok).toBe(true);
    expect(model.workbook.tables().map((t) => [t.name, t.sheet])).toEqual([
      ["CSC_Scorecard", "My analysis"],
      ["CSC_Scorecard_2", "Scorecard"],
    ]);
    const first = state(model);
    await refresh(model, planOf());
    expect(state(model)).toEqual(first);
  });

  it("leaves the analyst's input sheets and names untouched", async () => {
    const model = analystWorkbook();
    const before = inputs(model);
    await refresh(model, planOf());
    await refresh(model, planOf());
    expect(inputs(model)).toEqual(before);
  });
});

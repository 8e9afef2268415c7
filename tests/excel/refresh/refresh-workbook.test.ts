import workbook from "../../../docs/example-workbook.json";
import { exampleModel, NOW } from "./example-model";
import { refreshWorkbook } from "../../../src/excel/refresh/refresh-workbook";
import { createExcelModel, type ExcelModel } from "../../support/excel-model";

const refresh = (model: ExcelModel) =>
  model.run((context) => refreshWorkbook(context as unknown as Excel.RequestContext, NOW));

describe("refreshing the example workbook through Office.js", () => {
  it("writes the scorecard, charts and notes sheets in four syncs: two to read (the survey riding on them), two to write", async () => {
    const model = exampleModel();
    const outcome = await refresh(model);
    expect(outcome).toMatchObject({
      ok: true,
      summary: {
        reportingMonth: "May 2015",
        sheets: ["Scorecard", "Scorecard charts", "Scorecard notes"],
      },
    });
    expect(model.syncCount).toBe(4);
    expect(model.workbook.sheetNames()).toEqual([
      "CSC Data",
      "CSC Comparators",
      "CSC Settings",
      "Scorecard",
      "Scorecard charts",
      "Scorecard notes",
    ]);
  });

  it("takes four syncs again at the next refresh, over the scorecard it wrote", async () => {
    const model = exampleModel();
    await refresh(model);
    model.resetCounters();
    expect(await refresh(model)).toMatchObject({ ok: true });
    expect(model.syncCount).toBe(4);
  });

  it("reads input sheets too large for one response in batches, in a bounded number of syncs, to the same scorecard", async () => {
    const probe = exampleModel();
    const expected = await refresh(probe);
    const whole = probe.syncs[1]?.responseBytes ?? 0;
    const others = probe.syncs.filter((_, i) => i !== 1).map((s) => s.responseBytes);
    expect(Math.max(...others)).toBeLessThan(whole / 2);
    // Excel on the web refusing the cells of the three input sheets at once, as it does past 5 MB.
    const model = exampleModel();
    model.limitResponses(whole - 1);
    const outcome = await refresh(model);
    expect(outcome).toEqual(expected);
    expect(model.syncs.map((s) => s.failed ?? "ok")).toEqual([
      "ok", // the sheet names, with the survey
      "ResponsePayloadSizeLimitExceeded", // every input sheet whole
      "ok", // their sizes
      "ok", // their cells, in the one batch planned under 4 MB (the sizes and markers now apart)
      "ok", // the build
      "ok", // the swap and the finish
    ]);
    expect(model.snapshot()).toEqual(probe.snapshot());
  });

  it("reads alone and surveys sheet by sheet when Excel refuses the survey's nested loads", async () => {
    const probe = exampleModel();
    const expected = await refresh(probe);
    const model = exampleModel();
    model.refuseNestedCollectionLoads();
    expect(await refresh(model)).toEqual(expected);
    expect(model.syncs.map((s) => s.failed === undefined)).toEqual([
      false, // the names with the nested survey, refused
      ...Array<boolean>(6).fill(true), // the names, the cells, the survey's two, the build, the swap
    ]);
    expect(model.snapshot()).toEqual(probe.snapshot());
  });

  it("leaves one whole scorecard when two refreshes run at once, their surveys taken while reading", async () => {
    const later = async (ticks: number) => {
      for (let i = 0; i < ticks; i++) await Promise.resolve();
    };
    for (const first of [false, true]) {
      for (let ticks = 0; ticks <= 60; ticks += 4) {
        const model = exampleModel();
        if (first) await refresh(model);
        const outcomes = await Promise.all([
          refresh(model),
          later(ticks).then(() => refresh(model)),
        ]);
        const where = `${first ? "later" : "first-ever"} refreshes, the second ${ticks} ticks later`;
        expect([where, outcomes.some((o) => o.ok)]).toEqual([where, true]);
        const names = model.workbook.sheetNames();
        for (const name of ["Scorecard", "Scorecard charts", "Scorecard notes"]) {
          expect([where, names.filter((n) => n === name)]).toEqual([where, [name]]);
        }
        expect([where, names.filter((n) => /^CSC (building|backup|retired) /.test(n))]).toEqual([
          where,
          [],
        ]);
      }
    }
  });

  it("leaves the analyst's input sheets exactly as they were", async () => {
    const model = exampleModel();
    const before = workbook.sheets.map((s) => model.workbook.sheet(s.name).snapshot());
    await refresh(model);
    expect(workbook.sheets.map((s) => model.workbook.sheet(s.name).snapshot())).toEqual(before);
  });

  it("gives the same workbook when refreshed twice", async () => {
    const model = exampleModel();
    // The workbook, not the log of application calls (each refresh suspends screen updating again).
    const workbookState = () => ({ ...model.snapshot(), application: null });
    await refresh(model);
    const once = workbookState();
    await refresh(model);
    expect(workbookState()).toEqual(once);
  });

  it("names a scorecard sheet the analyst renamed to keep, once, in the notes and the issues", async () => {
    const model = exampleModel();
    await refresh(model);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").name = "Scorecard May 2015 (final)";
      await context.sync();
    });
    model.resetCounters();
    const outcome = await refresh(model);
    expect(outcome.ok).toBe(true);
    expect(outcome.issues.filter((i) => i.code === "KEPT_SCORECARD_SHEET")).toEqual([
      expect.objectContaining({ sheet: "Scorecard May 2015 (final)", cell: "A1" }),
    ]);
    const notes = model.workbook.sheet("Scorecard notes").values().flat().map(String);
    expect(notes.filter((cell) => cell.includes("Scorecard May 2015 (final)"))).toHaveLength(1);
    // The pane lists the notices beside the issues: the kept sheet is not told twice.
    const notices = outcome.ok ? outcome.notices : [];
    expect(notices.join(" ")).not.toContain("Scorecard May 2015 (final)");
    // The survey of markers rides on the reading syncs.
    expect(model.syncCount).toBe(4);
  });

  it("reads the data from the sheet the settings name", async () => {
    const model = createExcelModel();
    const data = workbook.sheets[0]!;
    model.addSheet("Monthly", data.values);
    model.addSheet("CSC Settings", [
      ["Data sheet", "Monthly"],
      ["Local authority", "Peterborough"],
    ]);
    const outcome = await refresh(model);
    expect(outcome).toMatchObject({ ok: true, summary: { reportingMonth: "May 2015" } });
  });

  it("writes nothing and says why when there is no data sheet", async () => {
    const model = createExcelModel();
    model.addSheet("Cover", [["Pack"]]);
    const before = model.snapshot();
    const outcome = await refresh(model);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no sheet named "CSC Data"/),
    });
    expect(model.snapshot()).toEqual(before);
  });
});

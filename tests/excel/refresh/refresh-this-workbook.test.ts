import { exampleModel, NOW } from "./example-model";
import {
  describeRefresh,
  lastRefresh,
  recordRefresh,
  subscribeToRefreshes,
} from "../../../src/excel/refresh/refresh-log";
import { refreshThisWorkbook } from "../../../src/excel/refresh/refresh-workbook";
import type { ExcelRun } from "../../../src/excel/run-excel";
import type { ExcelModel } from "../../support/excel-model";

/** The model as Excel.run: options and batch, the context typed as Office.js's. */
const excelRun =
  (model: ExcelModel): ExcelRun =>
  (options, batch) =>
    model.run(options, (context) => batch(context as unknown as Excel.RequestContext));

describe("a refresh of this workbook, from the pane or the ribbon", () => {
  it("waits while the analyst is editing a cell instead of failing, then refreshes", async () => {
    const model = exampleModel();
    model.enterCellEdit();
    let finished = false;
    const running = refreshThisWorkbook("ribbon", { now: () => NOW, run: excelRun(model) }).then(
      (outcome) => {
        finished = true;
        return outcome;
      }
    );
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(finished).toBe(false);
    model.exitCellEdit();
    expect(await running).toMatchObject({ ok: true, summary: { reportingMonth: "May 2015" } });
  });

  it("records its outcome in the shared log and tells whoever listens", async () => {
    const model = exampleModel();
    const heard: (string | undefined)[] = [];
    const stop = subscribeToRefreshes(() => heard.push(lastRefresh()?.source));
    await refreshThisWorkbook("ribbon", { now: () => NOW, run: excelRun(model) });
    stop();
    expect(heard).toEqual(["ribbon"]);
    expect(lastRefresh()).toMatchObject({
      source: "ribbon",
      finishedAt: NOW.toISOString(),
      outcome: { ok: true },
    });
    expect(describeRefresh(lastRefresh()!)).toMatchObject({
      ok: true,
      title: "Scorecard refreshed from the ribbon for May 2015",
      detail: expect.stringMatching(
        /indicators: .* Written to Scorecard, Scorecard charts, Scorecard notes\./
      ),
    });
  });

  it("turns an error while reading into a failed outcome in the analyst's words", async () => {
    const model = exampleModel();
    model.failSync(1, { code: "InactiveWorkbook" });
    const outcome = await refreshThisWorkbook("pane", { now: () => NOW, run: excelRun(model) });
    const message =
      "The refresh stopped: Stay in this workbook while the scorecard refreshes, then try again. Nothing was changed.";
    expect(outcome).toEqual({ ok: false, message, issues: [] });
    expect(lastRefresh()).toMatchObject({ source: "pane", outcome });
    expect(describeRefresh(lastRefresh()!)).toEqual({
      ok: false,
      title: "The scorecard was not refreshed",
      detail: message,
    });
  });

  it("shares one log between the pane's and the ribbon's bundles, which each load their own copy", () => {
    let other: typeof import("../../../src/excel/refresh/refresh-log") | undefined;
    jest.isolateModules(() => {
      other = jest.requireActual<typeof import("../../../src/excel/refresh/refresh-log")>(
        "../../../src/excel/refresh/refresh-log"
      );
    });
    const record = {
      source: "ribbon" as const,
      finishedAt: NOW.toISOString(),
      outcome: { ok: false as const, message: "x", issues: [] },
    };
    other?.recordRefresh(record);
    expect(lastRefresh()).toBe(record);
    recordRefresh({ ...record, source: "pane" });
    expect(other?.lastRefresh()?.source).toBe("pane");
  });
});

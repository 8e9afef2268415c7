import { parseRange } from "../../src/cli/xlsx/write/a1-range";
import { sampleWorkbook } from "../../src/cli/sample/sample-workbook";
import type { SheetPlan } from "../../src/plan/plan-types";
import { printedColumnPoints, printedScale } from "../../src/plan/scorecard/print-scale";
import { runRefresh } from "../../src/refresh/run-refresh";
import { overflows } from "../support/cell-fit";
import { memoryHost } from "../refresh/memory-host";

async function sampleScorecard(): Promise<SheetPlan> {
  const host = memoryHost(sampleWorkbook());
  const outcome = await runRefresh(host, new Date("2015-06-10T09:00:00Z"));
  if (!outcome.ok) throw new Error(outcome.message);
  const sheet = host.plans[0]?.sheets.find((s) => s.role === "scorecard");
  if (sheet === undefined) throw new Error("no scorecard planned");
  return sheet;
}

describe("the sample's scorecard on paper", () => {
  it("prints landscape on A4, one page wide, at 80% or more", async () => {
    const sheet = await sampleScorecard();
    const printed = printedColumnPoints(sheet.columnWidths, parseRange(sheet.print.area));
    expect(sheet.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
    });
    expect(printedScale(printed, sheet.print)).toBeGreaterThanOrEqual(80);
  });

  it("has no cell wider than its column in Calibri 11, wrapped cells in autofitted rows aside", async () => {
    const sheet = await sampleScorecard();
    const last = (sheet.blocks[0]?.values.length ?? 0) - 1;
    expect(overflows(sheet, 0, last)).toEqual([]);
  });
});

import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import type { ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { NARROW_MARGINS, printableWidth, printedScale } from "../../src/plan/scorecard/print-scale";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { parseRange } from "../../src/cli/xlsx/write/a1-range";
import { overflows } from "../support/cell-fit";
import { realisticInput } from "./realistic-authority";

function scorecard(plan: ScorecardPlan): SheetPlan {
  const found = plan.sheets.find((s) => s.role === "scorecard");
  if (found === undefined) throw new Error("no scorecard sheet");
  return found;
}

/** The widths of the columns inside a sheet's print area, as Excel's fit to width sums them. */
export function printedColumnPoints(sheet: SheetPlan): number[] {
  const area = parseRange(sheet.print.area);
  const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.points]));
  const points: number[] = [];
  for (let c = area.left; c <= area.right; c++) points.push(widths.get(c) ?? 48);
  return points;
}

describe("printedScale", () => {
  const a4 = { orientation: "Landscape", paperSize: "A4", fitToPagesWide: 1 } as const;

  it("gives the 53% the sixteen old columns printed at, on Excel's Normal margins", () => {
    expect(printableWidth(a4)).toBeCloseTo(741.09, 2);
    expect(printedScale([1390], a4)).toBe(53);
  });

  it("takes the largest whole percent that fits, and never enlarges", () => {
    expect(printedScale([741.09], a4)).toBe(100);
    expect(printedScale([741.1], a4)).toBe(99);
    expect(printedScale([300, 100], a4)).toBe(100);
  });

  it("widens the page by the margins given, and by the pages wide", () => {
    const narrow = { ...a4, margins: NARROW_MARGINS };
    expect(printableWidth(narrow)).toBeCloseTo(805.89, 2);
    expect(printedScale([1007], narrow)).toBe(80);
    expect(printedScale([1390], { ...a4, fitToPagesWide: 2 })).toBe(100);
    expect(printableWidth({ orientation: "Portrait", paperSize: "A4" })).toBeCloseTo(494.48, 2);
    expect(printableWidth({ orientation: "Landscape", paperSize: "Letter" })).toBeCloseTo(691.2, 2);
  });

  it("never goes below Excel's least scale, 10%", () => {
    expect(printedScale([100000], a4)).toBe(10);
  });
});

describe("the golden plan's scorecard on paper", () => {
  const sheet = scorecard(buildScorecardPlan(realisticInput()));

  it("prints landscape on A4, one page wide, at 80% or more", () => {
    expect(sheet.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
    });
    expect(printedScale(printedColumnPoints(sheet), sheet.print)).toBeGreaterThanOrEqual(80);
  });

  it("prints the committee's columns and leaves the id and the section off the page", () => {
    const area = parseRange(sheet.print.area);
    const printed = SCORECARD_COLUMNS.slice(area.left, area.right + 1).map((c) => c.header);
    expect(printed[0]).toBe("Indicator");
    expect(printed).toEqual(expect.arrayContaining(["Same month last year", "Region", "RAG"]));
    for (const header of ["Id", "Section", "Unit", "Variance", "Variance %"])
      expect(printed).not.toContain(header);
  });

  it("has no cell wider than its column, from the title block to the last indicator", () => {
    const last = (sheet.blocks[0]?.values.length ?? 0) - 1;
    expect(last).toBeGreaterThan(SCORECARD_HEADER_ROW + 30);
    expect(overflows(sheet, 0, last)).toEqual([]);
  });

  it("would see a column too narrow for its figures", () => {
    const narrow = {
      ...sheet,
      columnWidths: sheet.columnWidths.map((w) => (w.column === 1 ? { ...w, points: 30 } : w)),
    };
    const last = (sheet.blocks[0]?.values.length ?? 0) - 1;
    expect(overflows(narrow, 0, last).map((o) => o.cell.replace(/\d+/, ""))).toContain("B");
  });
});

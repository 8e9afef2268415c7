import { findMonthHeader } from "../../../src/sheet/data-sheet/find-month-header";
import { readHeaderLine } from "../../../src/sheet/data-sheet/header-line";
import { labelPosition } from "../../../src/sheet/data-sheet/label-position";
import type { Grid, RawCell } from "../../../src/sheet/grid";

const grid = (values: RawCell[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "CSC Data",
  values,
  ...extra,
});
const notMeasure = () => false;

describe("finding the months", () => {
  it("takes the line with most months, preferring across on a tie and the first of equals", () => {
    const found = findMonthHeader(
      grid([
        ["Title", "", ""],
        ["", "Apr-15", "May-15"],
        ["Refs", 1, 2],
        ["", "Apr-15", "May-15"],
      ]),
      notMeasure
    );
    expect([found?.view.orientation, found?.line]).toEqual(["months-across", 1]);
  });

  it("finds months down a column", () => {
    const found = findMonthHeader(
      grid([
        ["Month", "Refs"],
        ["Apr-15", 1],
        ["May-15", 2],
        ["Jun-15", 3],
      ]),
      notMeasure
    );
    expect([found?.view.orientation, found?.line]).toEqual(["months-down", 0]);
  });

  it("reads dated numbers by their format, and never takes counts or a population for months", () => {
    const dated = grid(
      [
        ["", 42095, 42125],
        ["Refs", 319, 416],
      ],
      {
        numberFormats: [
          ["General", "mmm-yy", "mmm-yy"],
          ["General", "General", "General"],
        ],
      }
    );
    expect(findMonthHeader(dated, notMeasure)?.line).toBe(0);
    const population = grid([["Population", 42100, 42131, 42160]]);
    expect(findMonthHeader(population, (t) => t === "Population")).toBeNull();
    const undated = grid([["", 42095, 42125]], {
      numberFormats: [["General", "General", "General"]],
    });
    expect(findMonthHeader(undated, notMeasure)).toBeNull();
  });

  it("reports a repeated month and text among the months, and finds the labels before them", () => {
    const g = grid([
      ["Measure", "Notes", "Apr-15", "Apr-15", "Total?", "Jun-15", "Target"],
      ["Refs", "local", 1, 2, 3, 4, 5],
      ["Contacts", "", 1, 2, 3, 4, 5],
    ]);
    const found = findMonthHeader(g, notMeasure);
    if (found === null) throw new Error("no header");
    const header = readHeaderLine(found.view, found.line, false, { yearsNamed: [] });
    expect(header.months.map((m) => m.position)).toEqual([2, 5]);
    expect(header.issues.map((i) => `${i.code}@${i.cell}`)).toEqual([
      "DUPLICATE_MONTH@D1",
      "BAD_MONTH_LABEL@E1",
    ]);
    expect(labelPosition(found.view, found.line, header.firstMonthPosition)).toBe(0);
  });
});

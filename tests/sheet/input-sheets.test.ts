import { findInputSheets } from "../../src/sheet/input-sheets";

describe("finding the input sheets", () => {
  it("finds each input sheet by its default name, whatever its case, and keeps the workbook's spelling", () => {
    const found = findInputSheets(["Cover", "csc data", "CSC Settings"]);
    expect(found.map((s) => [s.role, s.found])).toEqual([
      ["data", "csc data"],
      ["comparators", null],
      ["settings", "CSC Settings"],
    ]);
  });

  it("requires the data sheet only", () => {
    expect(findInputSheets([]).map((s) => [s.role, s.required])).toEqual([
      ["data", true],
      ["comparators", false],
      ["settings", false],
    ]);
  });

  it("looks for the names the analyst chose", () => {
    const found = findInputSheets(["Monthly"], {
      data: "Monthly",
      comparators: "Benchmarks",
      settings: "Setup",
    });
    expect(found[0]?.found).toBe("Monthly");
  });
});

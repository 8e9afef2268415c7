import { financialYearsNamed } from "../../../src/sheet/data-sheet/financial-year-hint";

describe("financial years named in a sheet's titles", () => {
  it("finds each year once, in order, in any title near the top", () => {
    const values = [
      ["Scorecard 2015/16", ""],
      ["", "compared with 2014-15"],
      ["Refs", "2015/16 YTD"],
    ];
    expect(financialYearsNamed({ sheet: "CSC Data", values })).toEqual([2014, 2015]);
  });

  it("ignores dates and year pairs that are not one financial year", () => {
    const values = [["2015-04"], ["2015-04-01"], ["2013/15"], ["Run 12/04/2015"]];
    expect(financialYearsNamed({ sheet: "CSC Data", values })).toEqual([]);
  });
});

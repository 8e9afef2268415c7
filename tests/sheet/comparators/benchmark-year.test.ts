import { benchmarkYearCell, benchmarkYearIn } from "../../../src/sheet/comparators/benchmark-year";

describe("benchmarkYearIn", () => {
  it.each([
    ["England 2014/15", "2014/15"],
    ["SN (2013-14)", "2013/14"],
    ["England 2014–2015", "2014/15"],
    ["Stat neighbours 2014 to 15", "2014/15"],
    ["Region 1999/00", "1999/00"],
    ["Workforce census 2015", "2015"],
  ])("reads %s as %s", (text, year) => {
    expect(benchmarkYearIn(text)).toBe(year);
  });

  it.each(["England", "SN 2014/13", "England 2014/2016", "Target 85"])(
    "finds no year in %s",
    (text) => {
      expect(benchmarkYearIn(text)).toBeNull();
    }
  );
});

describe("benchmarkYearCell", () => {
  it("reads a year typed as a number or as text, and nothing from a blank", () => {
    expect(benchmarkYearCell(2015)).toBe("2015");
    expect(benchmarkYearCell("2014-15")).toBe("2014/15");
    expect(benchmarkYearCell("FY 2014/15")).toBe("2014/15");
    expect(benchmarkYearCell(null)).toBeUndefined();
    expect(benchmarkYearCell("")).toBeUndefined();
  });

  it("refuses what is not a year", () => {
    expect(benchmarkYearCell(15.5)).toBeNull();
    expect(benchmarkYearCell(1850)).toBeNull();
    expect(benchmarkYearCell("the 2014/15 figures as DfE published them")).toBeNull();
    expect(benchmarkYearCell(true)).toBeNull();
  });
});

import { comparatorColumnRole } from "../../../src/sheet/comparators/comparator-columns";
import { findComparatorsHeader } from "../../../src/sheet/comparators/comparators-header";

describe("recognising the comparators sheet's columns", () => {
  it("knows each column by its synonyms whatever the case and punctuation", () => {
    expect(comparatorColumnRole("KPI")).toBe("indicator");
    expect(comparatorColumnRole("Measure")).toBe("indicator");
    expect(comparatorColumnRole("Local target")).toBe("target");
    expect(comparatorColumnRole("SN average")).toBe("statNeighbours");
    expect(comparatorColumnRole("Stat. Neighbours")).toBe("statNeighbours");
    expect(comparatorColumnRole("Statistical neighbours (mean)")).toBe("statNeighbours");
    expect(comparatorColumnRole("NATIONAL")).toBe("england");
    expect(comparatorColumnRole("Eng")).toBe("england");
    expect(comparatorColumnRole("Amber tolerance")).toBe("tolerance");
    expect(comparatorColumnRole("Tolerance (%)")).toBe("tolerance");
    expect(comparatorColumnRole("Rate against")).toBe("ragBasis");
    expect(comparatorColumnRole("Band low")).toBe("bandLow");
    expect(comparatorColumnRole("Band high")).toBe("bandHigh");
    expect(comparatorColumnRole("Figure")).toBe("headline");
  });

  it("takes any heading starting Region, Regional and the English regions' names as the region", () => {
    for (const heading of [
      "Region",
      "Region (East)",
      "Regional",
      "Regional average",
      "London",
      "North West",
      "Yorkshire & the Humber",
    ])
      expect(comparatorColumnRole(heading)).toBe("region");
  });

  it("looks past qualifiers such as a year or 'average'", () => {
    expect(comparatorColumnRole("England 2014/15")).toBe("england");
    expect(comparatorColumnRole("England average")).toBe("england");
    expect(comparatorColumnRole("Target 2015-16")).toBe("target");
  });

  it("knows nothing of numbers, blanks and other headings", () => {
    expect(comparatorColumnRole(2015)).toBeUndefined();
    expect(comparatorColumnRole("")).toBeUndefined();
    expect(comparatorColumnRole("Last year")).toBeUndefined();
    expect(comparatorColumnRole("Average")).toBeUndefined();
  });
});

describe("finding the comparators header", () => {
  it("passes over title rows to the first row naming an indicator column and another", () => {
    const header = findComparatorsHeader({
      sheet: "CSC Comparators",
      values: [["Comparators"], ["Indicator"], ["Indicator", "Target", "Notes", "Foo", "England"]],
    });
    expect(header).toEqual({
      row: 2,
      indicatorColumns: [0],
      columns: { target: 1, england: 4 },
      duplicates: [],
      unknown: [3],
    });
  });

  it("reads both an id and a name column as indicator columns", () => {
    const header = findComparatorsHeader({
      sheet: "S",
      values: [["Id", "Indicator name", "England", "National"]],
    });
    expect(header?.indicatorColumns).toEqual([0, 1]);
    expect(header?.duplicates).toEqual([{ column: 3, role: "england" }]);
  });

  it("takes a blank first heading before two comparator headings as the indicator column", () => {
    const header = findComparatorsHeader({ sheet: "S", values: [["", "Target", "England"]] });
    expect(header?.indicatorColumns).toEqual([0]);
  });

  it("finds no header where there is no indicator column", () => {
    expect(
      findComparatorsHeader({
        sheet: "S",
        values: [
          ["Target", "England"],
          ["x", 1],
        ],
      })
    ).toBeUndefined();
    expect(findComparatorsHeader({ sheet: "S", values: [] })).toBeUndefined();
  });
});

import fc from "fast-check";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { catalogueWithCustom } from "../../../src/domain/indicators/custom-indicator";
import { measureIdForLabel } from "../../../src/domain/measures/measure-label";
import { readSettingsSheet } from "../../../src/sheet/settings/read-settings-sheet";
import { quoteSheet } from "../../../src/sheet/sheet-issue";
import { excelGrid, tableGrid } from "../comparators/excel-grid-arbitrary";
import { isInsideGrid } from "../comparators/sheet-fixture";

const KEYS = [
  "Local authority",
  "LA",
  "Reporting month",
  "Month",
  "FY start",
  "RAG basis",
  "RAG tolerance",
  "Tolerance type",
  "Suppress small numbers",
  "Suppression threshold",
  "Population",
  "Data sheet",
  "No change threshold",
  "Alias",
  "Aliases",
  "Own indicators",
  "Reportng month",
];
const WORDS = [
  ...KEYS,
  "Id",
  "Kind",
  "Numerator",
  "Denominator",
  "Polarity",
  "Decimals",
  "rate",
  "percent",
  "ratio",
  "s47_enquiries",
  "referrals",
  "contacts",
  "my_pct",
  "May 2015",
  "2015-05",
  "Apr",
  "yes",
  "no",
  "5%",
  "2 points",
  "England",
  "CSC Data",
  "",
];
const OWN_INDICATORS = tableGrid(
  ["Id", "Kind", "Numerator", "Denominator", "Polarity", "Section", "Decimals"],
  ["my_pct", "s47_per10k", "rereferral_pct", "Bad id"],
  WORDS
).map((grid) => ({ ...grid, values: [["Own indicators"], ...grid.values] }));
const ANY_GRID = fc.oneof(
  excelGrid(WORDS),
  tableGrid(["Setting", "Value"], KEYS, WORDS),
  OWN_INDICATORS
);

describe("reading any grid as a settings sheet", () => {
  it("never throws, and every issue lies inside the grid and names its sheet", () => {
    fc.assert(
      fc.property(ANY_GRID, (grid) => {
        const reading = readSettingsSheet(grid);
        for (const issue of reading.issues) {
          expect(isInsideGrid(grid, issue.cell)).toBe(true);
          expect(issue.message.startsWith(`${quoteSheet(grid.sheet)}!${issue.cell}: `)).toBe(true);
        }
      }),
      { numRuns: 600 }
    );
  });

  it("gives settings within their documented ranges, own indicators the catalogue accepts, and aliases to known measures", () => {
    fc.assert(
      fc.property(ANY_GRID, (grid) => {
        const { settings, customIndicators, catalogue, aliases } = readSettingsSheet(grid);
        expect(settings.fyStartMonth).toBeGreaterThanOrEqual(1);
        expect(settings.fyStartMonth).toBeLessThanOrEqual(12);
        expect(Number.isInteger(settings.suppression.threshold)).toBe(true);
        if (settings.population !== undefined) expect(settings.population).toBeGreaterThan(0);
        expect(settings.dataSheet.length).toBeGreaterThan(0);
        expect(catalogueWithCustom(customIndicators).ok).toBe(true);
        // The catalogue the refresh computes is exactly the built-in one plus those indicators.
        expect(Object.keys(catalogue)).toEqual([
          ...Object.keys(INDICATORS),
          ...customIndicators.map((spec) => spec.id.trim()),
        ]);
        for (const measure of aliases.values()) expect(measureIdForLabel(measure)).toBe(measure);
      }),
      { numRuns: 400 }
    );
  });
});

import fc from "fast-check";
import { readComparatorsSheet } from "../../../src/sheet/comparators/read-comparators-sheet";
import { quoteSheet } from "../../../src/sheet/sheet-issue";
import { excelGrid, tableGrid } from "./excel-grid-arbitrary";
import { isInsideGrid } from "./sheet-fixture";

const WORDS = [
  "Indicator",
  "Id",
  "Target",
  "SN",
  "Stat neighbours",
  "England",
  "National",
  "Region",
  "London",
  "Tolerance",
  "Tolerance type",
  "RAG basis",
  "Band low",
  "Band high",
  "Headline",
  "No change threshold",
  "Notes",
  "rereferral_pct",
  "lac_per10k",
  "sw_caseload",
  "Re-referrals within 12 months",
  "22.6%",
  "0.226",
  "5%",
  "2 points",
  "points",
  "relative",
  "band",
  "target",
  "ytd",
  "rolling 12",
  "n/a",
];

const HEADINGS = WORDS.slice(0, 17);
const INDICATOR_KEYS = [
  "rereferral_pct",
  "lac_per10k",
  "sw_caseload",
  "cpp_repeat_pct",
  "contacts",
];
const ANY_GRID = fc.oneof(excelGrid(WORDS), tableGrid(HEADINGS, INDICATOR_KEYS, WORDS));

describe("reading any grid as a comparators sheet", () => {
  it("never throws, and every issue lies inside the grid and names its sheet", () => {
    fc.assert(
      fc.property(ANY_GRID, (grid) => {
        const reading = readComparatorsSheet(grid);
        for (const issue of reading.issues) {
          expect(isInsideGrid(grid, issue.cell)).toBe(true);
          expect(issue.message.startsWith(`${quoteSheet(grid.sheet)}!${issue.cell}: `)).toBe(true);
        }
      }),
      { numRuns: 600 }
    );
  });

  it("only ever gives finite comparator values", () => {
    fc.assert(
      fc.property(ANY_GRID, (grid) => {
        const { comparators, bands } = readComparatorsSheet(grid);
        for (const values of Object.values(comparators))
          for (const value of Object.values(values)) expect(Number.isFinite(value)).toBe(true);
        for (const band of Object.values(bands)) expect(band.low).toBeLessThanOrEqual(band.high);
      }),
      { numRuns: 400 }
    );
  });
});

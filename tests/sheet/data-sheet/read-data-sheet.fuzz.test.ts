import fc from "fast-check";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { gridAddress } from "../../../src/sheet/a1";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import { gridSize, type Grid, type RawCell } from "../../../src/sheet/grid";

const ALIASES = Object.values(MEASURES).flatMap((m) => [m.name, ...m.aliases]);
const SUMMARIES = ["YTD", "2013/14 YTD", "Total", "Grand Total", "% Mnth", "% YTD", "Average", "%"];
const MARKERS = ["c", "x", "*", "-", "..", ":", "#N/A", "#DIV/0!", "#REF!", "n/a", ""];
const MONTHS = [
  "Apr-15",
  "May-15",
  "APR",
  "MAY",
  "JUN",
  "2015-04",
  "April 2015",
  "04/05",
  "Sept 15",
];

const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(""),
  fc.constant(null),
  fc.integer({ min: -100, max: 80_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(...MONTHS),
  fc.constantFrom(...ALIASES),
  fc.constantFrom(...SUMMARIES),
  fc.constantFrom(...MARKERS),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}.0%`)
);

const anyGrid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(anyCell, { maxLength: 20 }), { maxLength: 20 }),
    origin: fc.option(fc.record({ row: fc.nat(50), column: fc.nat(50) }), { nil: undefined }),
    withFormats: fc.boolean(),
  })
  .map(({ rows, origin, withFormats }) => ({
    sheet: "CSC Data",
    values: rows,
    ...(origin === undefined ? {} : { origin }),
    ...(withFormats
      ? { numberFormats: rows.map((r) => r.map((_, i) => ["General", "mmm-yy", "0.0%"][i % 3]!)) }
      : {}),
  }));

/** A table-shaped grid (a month header, labelled rows of any values), across or down, so the
 * property reaches past header detection into the reading of values. */
const tableGrid: fc.Arbitrary<Grid> = fc
  .record({
    titles: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.array(fc.oneof(fc.constantFrom(...MONTHS, ...SUMMARIES), anyCell), {
      minLength: 2,
      maxLength: 14,
    }),
    rows: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...ALIASES, ...SUMMARIES), anyCell),
        fc.array(anyCell, { maxLength: 14 })
      ),
      { maxLength: 16 }
    ),
    down: fc.boolean(),
  })
  .map(({ titles, header, rows, down }) => {
    const values: RawCell[][] = [...titles, ["", ...header], ...rows.map(([l, v]) => [l, ...v])];
    if (!down) return { sheet: "CSC Data", values };
    const width = Math.max(0, ...values.map((r) => r.length));
    return {
      sheet: "CSC Data",
      values: Array.from({ length: width }, (_, c) => values.map((r) => r[c] ?? "")),
    };
  });

/** Every A1 address inside the grid, allowing for its origin. */
function addressesOf(grid: Grid): Set<string> {
  const { rows, columns } = gridSize(grid);
  const inside = new Set<string>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) inside.add(gridAddress(grid, r, c));
  return inside;
}

describe("the data sheet reader on any grid", () => {
  it("never throws, and every issue names a cell inside the grid (its origin when it is empty)", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyGrid, tableGrid),
        fc.option(fc.integer({ min: 2010, max: 2020 }), { nil: undefined }),
        (grid, fyStartYear) => {
          const reading = readDataSheet(grid, fyStartYear === undefined ? {} : { fyStartYear });
          const inside = addressesOf(grid);
          const empty = inside.size === 0;
          for (const issue of reading.issues) {
            if (empty) expect(issue.cell).toBe(gridAddress(grid, 0, 0));
            else expect(inside.has(issue.cell)).toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          for (const months of reading.cells.values())
            for (const cell of months.values()) expect(inside.has(cell)).toBe(true);
          for (const months of reading.data.values())
            for (const value of months.values()) expect(Number.isFinite(value)).toBe(true);
        }
      ),
      { numRuns: 400 }
    );
  });

  it("reaches the reading of values on table-shaped grids, so the property above tests it", () => {
    const grids = fc.sample(tableGrid, { numRuns: 200, seed: 42 });
    const readings = grids.map((g) => readDataSheet(g, { fyStartYear: 2015 }));
    expect(readings.filter((r) => r.data.size > 0).length).toBeGreaterThan(20);
    expect(readings.filter((r) => r.orientation === "months-down").length).toBeGreaterThan(0);
  });

  it("never changes the grid it reads", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const before = JSON.stringify(grid);
        readDataSheet(grid, { fyStartYear: 2015 });
        expect(JSON.stringify(grid)).toBe(before);
      }),
      { numRuns: 100 }
    );
  });
});

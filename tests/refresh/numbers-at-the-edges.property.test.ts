import fc from "fast-check";
import workbook from "../../docs/example-workbook.json";
import { monthKey } from "../../src/domain/period/month";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import type { Grid, RawCell } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { EDGE_NUMBERS, EDGE_NUMERIC_TEXT, edgeDouble } from "../support/edge-numbers";

const NOW = { month: monthKey(2015, 6), iso: "2015-06-02T09:30:00.000Z" };

function sheet(name: string): RawCell[][] {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`the example workbook has no sheet ${name}`);
  return found.values;
}

/** Magnitudes at the edges: subnormal, tiny, just past the bound on counts, huge, the largest. */
const MAGNITUDES = [5e-324, 1e-320, 1e-300, 0.5, 1e12 + 1, 1e15, 1e300, 1e308, Number.MAX_VALUE];

/**
 * What a cell could hold at the edges: those magnitudes of either sign, as a number, as text or as
 * a percentage typed as text (a comparator of 1e-320% makes a relative variance overflow).
 */
const edgeCell: fc.Arbitrary<RawCell> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...MAGNITUDES), fc.boolean(), fc.constantFrom("number", "text", "%"))
      .map(([magnitude, negative, form]): RawCell => {
        const value = negative ? -magnitude : magnitude;
        return form === "number" ? value : form === "text" ? String(value) : `${value}%`;
      }),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS, ...EDGE_NUMERIC_TEXT), weight: 1 },
  { arbitrary: edgeDouble, weight: 1 }
);

/** A cell holding a number, or text of one ("20%", "2.5%"), as the example's figures are. */
const isFigure = (cell: RawCell): boolean =>
  typeof cell === "number" || (typeof cell === "string" && /^-?[\d.,]+%?$/.test(cell));

/**
 * A sheet of the example workbook with about one figure in six replaced by an edge value, and up
 * to two whole rows, so that a flow of 1e308 every month is among the cases. Cells for which
 * `leaveAlone` says so keep their value.
 */
function withEdges(
  values: readonly (readonly RawCell[])[],
  leaveAlone: (row: number, column: number) => boolean = () => false
): fc.Arbitrary<RawCell[][]> {
  const changes = (cell: RawCell, r: number, c: number) => isFigure(cell) && !leaveAlone(r, c);
  const figures = values.flatMap((row, r) =>
    row.flatMap((cell, c) => (changes(cell, r, c) ? [[r, c] as const] : []))
  );
  const rows = [...new Set(figures.map(([r]) => r))];
  const maybe = fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: edgeCell, weight: 1 }
  );
  return fc
    .record({
      cells: fc.array(maybe, { minLength: figures.length, maxLength: figures.length }),
      wholeRows: fc.array(fc.tuple(fc.constantFrom(...rows), edgeCell), { maxLength: 2 }),
    })
    .map(({ cells, wholeRows }) => {
      const copy = values.map((row) => [...row]);
      for (const [row, value] of wholeRows) {
        copy[row] = copy[row]!.map((cell, c) => (c > 0 && changes(cell, row, c) ? value : cell));
      }
      figures.forEach(([r, c], i) => {
        const value = cells[i];
        if (value !== null && value !== undefined) copy[r]![c] = value;
      });
      return copy;
    });
}

/** Every number anywhere in a value, with the path to it for the failure message. */
function numbersIn(value: unknown, path = "plan"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

const comparators = sheet("CSC Comparators");
const toleranceColumn = comparators.find((row) => row[0] === "Indicator")!.indexOf("Tolerance");
const settings = [...sheet("CSC Settings"), ["Population 0-17", 42_000]];

describe("a refresh of data with numbers at the edges", () => {
  it("plans no cell, format, chart or position that is Infinity or NaN", () => {
    const inputs = fc.record({
      data: withEdges(sheet("CSC Data")),
      comparators: withEdges(comparators),
      settings: withEdges(settings),
    });
    fc.assert(
      fc.property(inputs, ({ data, comparators, settings }) => {
        const prepared = prepareRefresh({
          settings: readSettingsSheet({ sheet: "CSC Settings", values: settings }),
          comparators: { sheet: "CSC Comparators", values: comparators } satisfies Grid,
          data: { sheet: "CSC Data", values: data } satisfies Grid,
          now: NOW,
        });
        if (!prepared.ok) return;
        const notFinite = numbersIn(prepared.plan).filter(([, n]) => !Number.isFinite(n));
        expect(notFinite).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });

  it("names the cell of a count too large to be real, and still plans the scorecard", () => {
    const data = sheet("CSC Data").map((row) => [...row]);
    const refs = data.findIndex((row) => row[0] === "Refs");
    data[refs] = data[refs]!.map((cell, c) => (c > 0 ? 1e308 : cell));
    const prepared = prepareRefresh({
      settings: readSettingsSheet({ sheet: "CSC Settings", values: sheet("CSC Settings") }),
      comparators: { sheet: "CSC Comparators", values: sheet("CSC Comparators") },
      data: { sheet: "CSC Data", values: data },
      now: NOW,
    });
    expect(prepared.ok).toBe(true);
    const tooLarge = prepared.issues.filter((i) => i.code === "COUNT_TOO_LARGE");
    expect(tooLarge.map((i) => i.cell)).toContain(`B${refs + 1}`);
    expect(tooLarge.every((i) => i.severity === "error")).toBe(true);
  });

  it("refuses a tolerance too large to be meant at its cell, and still plans the scorecard", () => {
    const huge = comparators.map((row) => [...row]);
    const row = huge.findIndex((r) => r[0] === "Assessments completed within 45 working days");
    huge[row]![toleranceColumn] = "1.7976931348623157e+308%";
    const prepared = prepareRefresh({
      settings: readSettingsSheet({ sheet: "CSC Settings", values: sheet("CSC Settings") }),
      comparators: { sheet: "CSC Comparators", values: huge },
      data: { sheet: "CSC Data", values: sheet("CSC Data") },
      now: NOW,
    });
    expect(prepared.ok).toBe(true);
    const cell = `${String.fromCharCode(65 + toleranceColumn)}${row + 1}`;
    expect(prepared.issues).toContainEqual(
      expect.objectContaining({ sheet: "CSC Comparators", cell })
    );
  });
});

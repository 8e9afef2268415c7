import fc from "fast-check";
import { cellRuns } from "../../../src/domain/reconcile/cell-runs";
import { a1 } from "../../../src/sheet/a1";

describe("cellRuns", () => {
  it("writes neighbours along a row as one range, and a gap as a new run", () => {
    expect(cellRuns(["M8", "N8", "O8", "Q8", "R8"])).toBe("M8:O8, Q8:R8");
  });

  it("writes neighbours down a column as one range", () => {
    expect(cellRuns(["E13", "E14", "E16", "E17", "E18"])).toBe("E13:E14, E16:E18");
  });

  it("lists a cell once, keeps the order given, and leaves text that is no address as it is", () => {
    expect(cellRuns(["B4", "B4", "D2", "total"])).toBe("B4, D2, total");
    expect(cellRuns([])).toBe("");
  });

  it("does not turn a corner: a run goes one way", () => {
    expect(cellRuns(["A1", "B1", "B2"])).toBe("A1:B1, B2");
  });

  it("covers exactly the cells it is given, as a property", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 30 }),
        (columns, row) => {
          const sorted = [...columns].sort((a, b) => a - b);
          const cells = sorted.map((c) => a1(row, c));
          const runs = cellRuns(cells).split(", ");
          const covered = runs.flatMap((run) => {
            const [from = "", to = from] = run.split(":");
            return cells.slice(cells.indexOf(from), cells.indexOf(to) + 1);
          });
          expect(covered).toEqual(cells);
          // A range only ever joins neighbours: its columns are consecutive.
          for (const run of runs) {
            const [from = "", to = from] = run.split(":");
            const [first, last] = [cells.indexOf(from), cells.indexOf(to)];
            expect((sorted[last] ?? 0) - (sorted[first] ?? 0)).toBe(last - first);
          }
        }
      )
    );
  });
});

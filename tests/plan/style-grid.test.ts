import fc from "fast-check";
import { ADDRESS_LIMIT, chunkAddresses } from "../../src/plan/address-chunks";
import { StyleGrid, styleKey } from "../../src/plan/style-grid";

describe("StyleGrid", () => {
  it("joins a run along a row and stacks identical runs of consecutive rows into one rectangle", () => {
    const grid = new StyleGrid();
    grid.paint(0, 0, 2, 3, { bold: true });
    expect(grid.groups()).toEqual([{ style: { bold: true }, ranges: ["A1:D3"] }]);
  });

  it("gives one group per distinct style however many cells take it", () => {
    const grid = new StyleGrid();
    for (let row = 0; row < 200; row += 2) grid.paint(row, 14, row, 14, { fill: "#C00000" });
    for (let row = 1; row < 200; row += 2) grid.paint(row, 14, row, 14, { fill: "#00B050" });
    const groups = grid.groups();
    expect(groups).toHaveLength(2);
    expect(groups[0]?.ranges).toHaveLength(100);
  });

  it("layers styles, so a cell keeps its fill and gains a border", () => {
    const grid = new StyleGrid();
    grid.paint(0, 0, 0, 2, { bold: true });
    grid.paint(0, 1, 0, 1, { fill: "#FFC000" });
    expect(grid.groups()).toEqual([
      { style: { bold: true }, ranges: ["A1", "C1"] },
      { style: { bold: true, fill: "#FFC000" }, ranges: ["B1"] },
    ]);
  });

  it("identifies a style by its properties, not their order", () => {
    expect(styleKey({ bold: true, fill: "#FFC000" })).toBe(
      styleKey({ fill: "#FFC000", bold: true })
    );
  });

  it("covers exactly the painted cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.nat(10), fc.constantFrom("#C00000", "#FFC000")), {
          maxLength: 60,
        }),
        (cells) => {
          const grid = new StyleGrid();
          const expected = new Map<string, string>();
          for (const [row, column, fill] of cells) {
            grid.paint(row, column, row, column, { fill });
            expected.set(`${row},${column}`, fill);
          }
          const covered = new Map<string, string>();
          for (const group of grid.groups()) {
            for (const range of group.ranges) {
              for (const key of cellsOf(range)) {
                expect(covered.has(key)).toBe(false);
                covered.set(key, group.style.fill ?? "");
              }
            }
          }
          expect(covered).toEqual(expected);
        }
      )
    );
  });
});

describe("chunkAddresses", () => {
  it("keeps every chunk within Office's 8,192-character limit and loses no range", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1_000_000), fc.nat(300)), { maxLength: 3000 }),
        (cells) => {
          const ranges = cells.map(([row, column]) => `${letters(column)}${row + 1}`);
          const chunks = chunkAddresses(ranges);
          for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(ADDRESS_LIMIT);
          expect(chunks.flatMap((c) => c.split(","))).toEqual(ranges);
        }
      )
    );
  });

  it("joins short lists into one address", () => {
    expect(chunkAddresses(["A1", "B2:C3"])).toEqual(["A1,B2:C3"]);
  });
});

function letters(column: number): string {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

function cellsOf(range: string): string[] {
  const [start, end = start] = range.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (m === null) throw new Error(ref);
    const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, column };
  };
  const a = parse(start ?? "");
  const b = parse(end ?? "");
  const out: string[] = [];
  for (let row = a.row; row <= b.row; row++)
    for (let column = a.column; column <= b.column; column++) out.push(`${row},${column}`);
  return out;
}

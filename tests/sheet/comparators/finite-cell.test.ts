import fc from "fast-check";
import { readFiniteCell } from "../../../src/sheet/comparators/finite-cell";

describe("reading a cell as a finite number or not at all", () => {
  it("reads a lone plus sign and a number too long for a double as text", () => {
    expect(readFiniteCell("+")).toEqual({ kind: "text", text: "+" });
    expect(readFiniteCell("9".repeat(400))).toEqual({ kind: "text", text: "9".repeat(400) });
  });

  it("reads numbers and percentages as readCell does", () => {
    expect(readFiniteCell("22.6%")).toEqual({ kind: "number", value: 22.6, percent: true });
    expect(readFiniteCell(0.226, "0.0%")).toEqual({ kind: "number", value: 22.6, percent: true });
  });

  it("never gives a number that is not finite", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.string(), fc.stringMatching(/^[+-]?\d*\.?\d*%?$/)),
        (cell) => {
          const reading = readFiniteCell(cell);
          if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
        }
      )
    );
  });
});

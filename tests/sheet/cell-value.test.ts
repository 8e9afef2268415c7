import fc from "fast-check";
import { isDateFormat, isPercentFormat, readCell } from "../../src/sheet/cell-value";

describe("reading a cell as Excel gives it", () => {
  it("reads numbers, and numeric text with thousands separators and spaces", () => {
    expect(readCell(12)).toEqual({ kind: "number", value: 12, percent: false });
    expect(readCell("1,234")).toEqual({ kind: "number", value: 1234, percent: false });
    expect(readCell(" 12 ")).toEqual({ kind: "number", value: 12, percent: false });
    expect(readCell("-3.5")).toEqual({ kind: "number", value: -3.5, percent: false });
  });

  it("reads percentages written as text and as numbers with a % format on the same 0–100 scale", () => {
    expect(readCell("28.0%")).toEqual({ kind: "number", value: 28, percent: true });
    expect(readCell(0.226, "0.0%")).toEqual({ kind: "number", value: 22.6, percent: true });
  });

  it("knows blanks, suppression markers, error values, booleans and stray text apart", () => {
    expect(readCell("")).toEqual({ kind: "blank" });
    expect(readCell(null)).toEqual({ kind: "blank" });
    expect(readCell("\u00a0 ")).toEqual({ kind: "blank" });
    for (const marker of ["c", "x", "*", "-", "..", ":"])
      expect(readCell(marker)).toEqual({ kind: "suppressed", marker });
    expect(readCell("#N/A")).toEqual({ kind: "error", text: "#N/A" });
    expect(readCell("#div/0!")).toEqual({ kind: "error", text: "#DIV/0!" });
    expect(readCell(true)).toEqual({ kind: "boolean", value: true });
    expect(readCell("n/a")).toEqual({ kind: "text", text: "n/a" });
    expect(readCell("1,23")).toEqual({ kind: "text", text: "1,23" });
  });

  it("reads a lone sign, a lone point or an overlong run of digits as text, never as NaN or Infinity", () => {
    expect(readCell("+")).toEqual({ kind: "text", text: "+" });
    expect(readCell("-%")).toEqual({ kind: "text", text: "-%" });
    expect(readCell(".")).toEqual({ kind: "text", text: "." });
    expect(readCell("9".repeat(400))).toEqual({ kind: "text", text: "9".repeat(400) });
    expect(readCell(1e308, "0%")).toEqual({ kind: "error", text: "#NUM!" });
  });

  it("tells percent and date formats from others", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isDateFormat("mmm-yy")).toBe(true);
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
  });

  it("never throws and never yields a number that is not finite, whatever the cell", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.integer().map(String)
    );
    fc.assert(
      fc.property(cell, fc.string(), (value, format) => {
        const reading = readCell(value, format);
        if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
      })
    );
  });

  it("reads any number written as text with thousands separators back as that number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(readCell(n.toLocaleString("en-GB"))).toEqual({
          kind: "number",
          value: n,
          percent: false,
        });
      })
    );
  });
});

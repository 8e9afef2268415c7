import fc from "fast-check";
import { readCell } from "../../../src/domain/cell/read-cell";
import { readTolerance } from "../../../src/sheet/comparators/tolerance-cell";

describe("reading a tolerance", () => {
  it("reads 5% and 0.05 shown as a percentage as 5% of the comparator", () => {
    const relative = { ok: true, value: { kind: "relative", fraction: 0.05 } };
    expect(readTolerance(readCell("5%"), undefined)).toEqual(relative);
    expect(readTolerance(readCell(0.05, "0%"), undefined)).toEqual(relative);
  });

  it("reads a number as an amount in the indicator's unit when the type is absolute or points", () => {
    expect(readTolerance(readCell(2), "absolute")).toEqual({
      ok: true,
      value: { kind: "absolute", amount: 2 },
    });
    expect(readTolerance(readCell("2 points"), undefined)).toEqual({
      ok: true,
      value: { kind: "absolute", amount: 2 },
    });
    expect(readTolerance(readCell("1.5pp"), undefined)).toEqual({
      ok: true,
      value: { kind: "absolute", amount: 1.5 },
    });
  });

  it("reads an amount followed by any word for an absolute tolerance type, and no other word", () => {
    for (const text of ["2 pt", "2 percentage point", "2 units", "2 Absolute"])
      expect(readTolerance(readCell(text), undefined)).toEqual({
        ok: true,
        value: { kind: "absolute", amount: 2 },
      });
    expect(readTolerance(readCell("2 percent"), undefined).ok).toBe(false);
    expect(readTolerance(readCell("2 quartiles"), undefined).ok).toBe(false);
  });

  it("reads 2% as 2 points for a percentage indicator with an absolute type, and refuses it for others", () => {
    expect(readTolerance(readCell("2%"), "absolute", true)).toEqual({
      ok: true,
      value: { kind: "absolute", amount: 2 },
    });
    expect(readTolerance(readCell("2%"), "absolute", false).ok).toBe(false);
  });

  it("refuses a bare number without a type rather than guess between percent and points", () => {
    const read = readTolerance(readCell(5), undefined);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.detail).toContain("5% or 5 points");
  });

  it("reads a bare number as a percentage with type relative, but refuses one that looks like a fraction", () => {
    expect(readTolerance(readCell(10), "relative")).toEqual({
      ok: true,
      value: { kind: "relative", fraction: 0.1 },
    });
    expect(readTolerance(readCell(0.1), "relative").ok).toBe(false);
  });

  it("gives no tolerance for a blank and refuses negatives, text and errors", () => {
    expect(readTolerance(readCell(""), undefined)).toEqual({ ok: true, value: null });
    expect(readTolerance(readCell("-5%"), undefined).ok).toBe(false);
    expect(readTolerance(readCell("some"), undefined).ok).toBe(false);
    expect(readTolerance(readCell("#N/A"), undefined).ok).toBe(false);
  });

  it("never gives a negative or non-finite tolerance", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.string()),
        fc.constantFrom(undefined, "relative" as const, "absolute" as const),
        (cell, type) => {
          const read = readTolerance(readCell(cell), type);
          if (read.ok && read.value !== null) {
            const amount = read.value.kind === "relative" ? read.value.fraction : read.value.amount;
            expect(Number.isFinite(amount) && amount >= 0).toBe(true);
          }
        }
      )
    );
  });

  it("refuses any relative tolerance over 100% and any amount too large to be real", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100.000001, max: 1e308, noNaN: true }),
        fc.constantFrom(undefined, "relative" as const),
        (percent, type) => {
          expect(readTolerance({ kind: "number", value: percent, percent: true }, type).ok).toBe(
            false
          );
        }
      )
    );
    expect(readTolerance(readCell("100%"), undefined).ok).toBe(true);
    expect(
      readTolerance({ kind: "number", value: 1e13, percent: false }, "absolute")
    ).toMatchObject({ ok: false, error: { code: "INVALID_NUMBER" } });
  });
});

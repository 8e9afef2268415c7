import fc from "fast-check";
import {
  finiteResult,
  MAX_PLAUSIBLE_COUNT,
  plausibleCount,
  tooLargeToBeReal,
} from "../../../src/domain/arithmetic/finite";
import { edgeDouble } from "../../support/edge-numbers";

describe("finiteResult", () => {
  it("passes a finite number through, and −0 as the 0 Excel shows", () => {
    expect(finiteResult(277.33, "The forecast")).toEqual({ ok: true, value: 277.33 });
    const zero = finiteResult(-0, "The variance");
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });

  it("refuses Infinity and NaN as an impossible number, saying what overflowed", () => {
    for (const value of [Infinity, -Infinity, Number.NaN, 1e308 * 10]) {
      expect(finiteResult(value, "The forecast")).toEqual({
        ok: false,
        error: {
          code: "INVALID_NUMBER",
          detail: "The forecast is beyond the largest number Excel can hold.",
        },
      });
    }
  });

  it("fails exactly when the number is not finite", () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(finiteResult(value, "x").ok).toBe(Number.isFinite(value));
      })
    );
  });
});

describe("the bound on counts", () => {
  it("takes every count an authority could have, up to 10^12, and nothing above it", () => {
    expect(tooLargeToBeReal(42_000)).toBe(false);
    expect(tooLargeToBeReal(MAX_PLAUSIBLE_COUNT)).toBe(false);
    expect(tooLargeToBeReal(MAX_PLAUSIBLE_COUNT + 1)).toBe(true);
    expect(tooLargeToBeReal(1e308)).toBe(true);
  });

  it("keeps ten years of months at the bound exact and finite", () => {
    const total = Array.from({ length: 120 }, () => MAX_PLAUSIBLE_COUNT).reduce((a, b) => a + b);
    expect(Number.isSafeInteger(total)).toBe(true);
  });

  it("names the count and the bound when it refuses one", () => {
    expect(plausibleCount(1e308, "The count")).toEqual({
      ok: false,
      error: {
        code: "INVALID_NUMBER",
        detail:
          "The count is 1e+308, above 10^12: too large to be a real count of children or events.",
      },
    });
    fc.assert(
      fc.property(edgeDouble, (count) => {
        expect(plausibleCount(count, "The count").ok).toBe(Math.abs(count) <= MAX_PLAUSIBLE_COUNT);
      })
    );
  });
});

import fc from "fast-check";
import { roundHalfAwayFromZero } from "../../../src/domain/format/round";
import { EDGE_NUMBERS, edgeDouble } from "../../support/edge-numbers";

describe("roundHalfAwayFromZero", () => {
  it.each([
    [82.5, 0, 83],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.005, 2, 1.01],
    [1.015, 2, 1.02],
    [1.045, 2, 1.05],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [10.235, 2, 10.24],
    [0.045, 2, 0.05],
    [1.0049999, 2, 1],
    [29.25, 1, 29.3],
    [22.45, 1, 22.5],
    [8.345, 2, 8.35],
    [123456.785, 2, 123456.79],
    [(264 / 320) * 100, 0, 83],
    [(1 / 39) * 100, 0, 3],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [0.0001, 2, 0],
    [-0.0001, 2, 0],
    [1e-7, 8, 1e-7],
    [0, 3, 0],
    [99.95, 1, 100],
    [4.35, 1, 4.4],
    [-4.35, 1, -4.4],
  ])("rounds %p to %p places as Excel does: %p", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.0001, 2), 0)).toBe(true);
  });

  it("refuses NaN and Infinity, which are bugs upstream", () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Infinity, 1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });

  it("rounds every exact half of a whole number of hundredths away from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const value = (2 * n + 1) / 200;
        const expected = (Math.sign(n + 0.5) * Math.ceil(Math.abs(2 * n + 1) / 2)) / 100;
        return roundHalfAwayFromZero(value, 2) === Number(expected.toFixed(2));
      })
    );
  });

  it("is symmetric about zero and lands within half a unit of the value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, dp) => {
          const rounded = roundHalfAwayFromZero(value, dp);
          return (
            roundHalfAwayFromZero(-value, dp) === (rounded === 0 ? 0 : -rounded) &&
            Math.abs(rounded - value) <= 0.5 * 10 ** -dp + 1e-9 * Math.max(1, Math.abs(value))
          );
        }
      )
    );
  });

  it("returns a value of 10^15 or more as it is: Excel's 15 digits leave nothing below it to round", () => {
    expect(roundHalfAwayFromZero(1e308, 1)).toBe(1e308);
    expect(roundHalfAwayFromZero(-Number.MAX_VALUE, 15)).toBe(-Number.MAX_VALUE);
    expect(roundHalfAwayFromZero(1234567890123456800, 0)).toBe(1234567890123456800);
    expect(roundHalfAwayFromZero(1.5e16, -2)).toBe(1.5e16);
    expect(roundHalfAwayFromZero(999999999999999.5, 0)).toBe(1e15);
  });

  it("rounds the smallest numbers to 0", () => {
    expect(roundHalfAwayFromZero(Number.MIN_VALUE, 2)).toBe(0);
    expect(roundHalfAwayFromZero(-1e-320, 15)).toBe(0);
  });

  it("is total over finite numbers: a finite result within half a unit, for any decimals", () => {
    fc.assert(
      fc.property(
        fc.oneof(edgeDouble, fc.constantFrom(...EDGE_NUMBERS)),
        fc.integer({ min: -15, max: 15 }),
        (value, dp) => {
          const rounded = roundHalfAwayFromZero(value, dp);
          expect(Number.isFinite(rounded)).toBe(true);
          // Within half a unit of the place rounded to, allowing for the reduction to 15 digits.
          const slack = 0.5 * 10 ** -dp + 1e-14 * Math.abs(value);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(slack);
        }
      )
    );
  });
});

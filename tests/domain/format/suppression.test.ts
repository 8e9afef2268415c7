import type { Figure } from "../../../src/domain/indicators/figure";
import { isSmallCount, isSuppressed } from "../../../src/domain/format/suppression";
import { monthKey } from "../../../src/domain/period/month";

function figure(numerator: number | null, denominator: number | null): Figure {
  const month = monthKey(2015, 4);
  return {
    value: 1,
    incomplete: false,
    missingMonths: [],
    window: { from: month, to: month },
    numerator,
    denominator,
    problem: null,
  };
}

describe("disclosure control", () => {
  it("suppresses counts from 1 to 5 but never 0", () => {
    expect([0, 1, 5, 6].map((n) => isSmallCount(n))).toEqual([false, true, true, false]);
    expect(isSmallCount(null)).toBe(false);
  });

  it("honours a configured threshold", () => {
    expect(isSmallCount(9, 10)).toBe(true);
    expect(isSuppressed(figure(9, 100), { enabled: true, threshold: 10 })).toBe(true);
  });

  it("suppresses a percentage built on a small numerator or denominator", () => {
    expect(isSuppressed(figure(3, 120), { enabled: true })).toBe(true);
    expect(isSuppressed(figure(3, 4), { enabled: true })).toBe(true);
    expect(isSuppressed(figure(0, 4), { enabled: true })).toBe(true);
    expect(isSuppressed(figure(0, 40), { enabled: true })).toBe(false);
  });

  it("suppresses nothing when disclosure control is off", () => {
    expect(isSuppressed(figure(3, 120), { enabled: false })).toBe(false);
  });
});

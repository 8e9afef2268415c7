import type { CountedFigure, Figure } from "../../../src/domain/indicators/figure";
import {
  isSmallCount,
  isSuppressed,
  isWithheld,
  withhold,
  WITHHELD,
} from "../../../src/domain/format/suppression";
import { monthKey } from "../../../src/domain/period/month";

function figure(
  numerator: number | null,
  denominator: number | null,
  smallestCount: number | null = null
): CountedFigure {
  const month = monthKey(2015, 4);
  return {
    value: 1,
    incomplete: false,
    missingMonths: [],
    window: { from: month, to: month },
    numerator,
    denominator,
    problem: null,
    smallestCount,
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

  it("suppresses a total with a small count inside it, which subtraction would give back", () => {
    expect(isSuppressed(figure(140, null, 3), { enabled: true })).toBe(true);
    expect(isSuppressed(figure(140, null, 6), { enabled: true })).toBe(false);
  });

  it("judges a figure without counts inside by its totals", () => {
    const plain: Figure = { ...figure(3, 120) };
    expect(isSuppressed(plain, { enabled: true })).toBe(true);
  });

  it("suppresses nothing when disclosure control is off", () => {
    expect(isSuppressed(figure(3, 120, 3), { enabled: false })).toBe(false);
  });
});

describe("withholding a figure", () => {
  it("takes every number out of a suppressed figure, keeping its window and completeness", () => {
    const withheld = withhold(figure(3, 120, 3), { enabled: true });
    expect(withheld).toEqual({
      kind: "withheld",
      window: { from: monthKey(2015, 4), to: monthKey(2015, 4) },
      incomplete: false,
      missingMonths: [],
    });
    expect(JSON.stringify(withheld)).not.toMatch(/\b(3|120|1)\b(?!\d)/);
  });

  it("shows a figure that is not suppressed, and one with no value to hide", () => {
    expect(withhold(figure(30, 120, 7), { enabled: true })).toMatchObject({
      kind: "shown",
      value: 1,
    });
    const noValue = { ...figure(3, 0, 3), value: null };
    expect(withhold(noValue, { enabled: true })).toMatchObject({ kind: "shown", value: null });
  });

  it("recognises the withheld marker and nothing else", () => {
    expect(isWithheld(WITHHELD)).toBe(true);
    expect(isWithheld(withhold(figure(3, 120), { enabled: true }))).toBe(true);
    expect(isWithheld(withhold(figure(30, 120), { enabled: true }))).toBe(false);
    expect(isWithheld("Improving")).toBe(false);
    expect(isWithheld(null)).toBe(false);
  });
});

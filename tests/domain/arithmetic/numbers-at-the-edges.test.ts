import fc from "fast-check";
import { annualisedRatePer10k } from "../../../src/domain/arithmetic/annualised-rate";
import { pooledProportion } from "../../../src/domain/arithmetic/proportion";
import { forecastYearEnd, ratePer10k } from "../../../src/domain/arithmetic/rate";
import { codeOf, edgeDouble, expectFiniteOrError } from "../../support/edge-numbers";

describe("rates per 10,000 at the edges", () => {
  it("refuses a count or population too large to be real, and a rate that overflows", () => {
    expect(codeOf(ratePer10k(1e308, 1))).toBe("INVALID_NUMBER");
    expect(codeOf(ratePer10k(1, 1e308))).toBe("INVALID_NUMBER");
    expect(codeOf(ratePer10k(1, 1e-320))).toBe("INVALID_NUMBER");
    expect(ratePer10k(1e12, 1e12)).toEqual({ ok: true, value: 10_000 });
  });

  it("annualises months near the bound without calling their total too large", () => {
    const rate = annualisedRatePer10k(Array(12).fill(1e12), 1e12);
    expect(rate).toEqual({ ok: true, value: 120_000 });
    expect(annualisedRatePer10k([1e308, 1e308], 42_000, 2)).toMatchObject({
      error: { code: "INVALID_NUMBER", detail: expect.stringMatching(/month 1 of the last 2/) },
    });
  });

  it("is a finite number or an error for any count and population", () => {
    fc.assert(
      fc.property(edgeDouble, edgeDouble, (count, population) => {
        expectFiniteOrError(ratePer10k(count, population));
      })
    );
    fc.assert(
      fc.property(fc.array(fc.option(edgeDouble), { maxLength: 14 }), edgeDouble, (c, p) => {
        expectFiniteOrError(annualisedRatePer10k(c, p, Math.min(12, Math.max(1, c.length))));
      })
    );
  });
});

describe("forecasts at the edges", () => {
  it("refuses a projection past what a number holds", () => {
    expect(codeOf(forecastYearEnd(1e308, 1))).toBe("INVALID_NUMBER");
    expect(forecastYearEnd(-0, 3)).toEqual({ ok: true, value: 0 });
  });

  it("is a finite number or an error for any year to date", () => {
    fc.assert(
      fc.property(edgeDouble, fc.integer({ min: 0, max: 13 }), (ytd, elapsed) => {
        expectFiniteOrError(forecastYearEnd(ytd, elapsed));
      })
    );
  });
});

describe("pooled proportions at the edges", () => {
  it("names the pair whose denominator is too large to be real", () => {
    expect(pooledProportion([1, 1e308], [2, 1e308])).toMatchObject({
      error: { code: "INVALID_NUMBER", detail: expect.stringMatching(/pair 2/) },
    });
  });

  it("is a proportion from 0 to 1 or an error for any counts", () => {
    const pairs = fc.array(fc.tuple(edgeDouble, edgeDouble), { maxLength: 8 });
    fc.assert(
      fc.property(pairs, (ps) => {
        const pooled = pooledProportion(
          ps.map(([n]) => n),
          ps.map(([, d]) => d)
        );
        if (pooled.ok) expect(pooled.value.proportion).toBeGreaterThanOrEqual(0);
        if (pooled.ok) expect(pooled.value.proportion).toBeLessThanOrEqual(1);
      })
    );
  });
});

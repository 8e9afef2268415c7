import fc from "fast-check";
import { defaultRagBasis, rateIndicator, type RagRating } from "../../../src/domain/compare/rag";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";

const RANK: Record<RagRating, number> = { Green: 0, Amber: 1, Red: 2, "Not rated": -1 };

describe("rateIndicator", () => {
  it("explains a red rating against statistical neighbours in a sentence", () => {
    const rag = rateIndicator(29.3, INDICATORS.rereferral_pct, { statNeighbours: 23.6 });
    expect(rag.rating).toBe("Red");
    expect(rag.reason).toBe("29.3% is 5.7 points worse than statistical neighbours (23.6%).");
  });

  it("rates amber when worse but within the default 5% tolerance", () => {
    const rag = rateIndicator(24.5, INDICATORS.rereferral_pct, { target: 24 });
    expect(rag.rating).toBe("Amber");
    expect(rag.reason).toBe(
      "24.5% is 0.5 points worse than target (24.0%), within the 5% tolerance."
    );
  });

  it("rates green on the good side of the target", () => {
    const rag = rateIndicator(85, INDICATORS.assessment_45wd_pct, { target: 80 });
    expect(rag).toMatchObject({
      rating: "Green",
      reason: "85.0% is 5.0 points better than target (80.0%).",
    });
  });

  it("honours an absolute tolerance in the indicator's unit", () => {
    const basis = { kind: "target", tolerance: { kind: "absolute", amount: 3 } } as const;
    expect(rateIndicator(77.5, INDICATORS.assessment_45wd_pct, { target: 80 }, basis).rating).toBe(
      "Amber"
    );
    expect(rateIndicator(76.5, INDICATORS.assessment_45wd_pct, { target: 80 }, basis).rating).toBe(
      "Red"
    );
  });

  it("rates a range indicator against its band", () => {
    const def = { ...INDICATORS.contacts_to_referral_pct, band: { low: 20, high: 30 } };
    expect(rateIndicator(25, def, {}).rating).toBe("Green");
    expect(rateIndicator(31, def, {})).toMatchObject({
      rating: "Amber",
      reason: "31.0% is 1.0 point above the 20–30% band, within the 5% tolerance.",
    });
    expect(rateIndicator(12, def, {})).toMatchObject({
      rating: "Red",
      reason: "12.0% is 8.0 points below the 20–30% band.",
    });
  });

  it("does not rate a context indicator, a missing value or a missing comparator, and says why", () => {
    expect(rateIndicator(70, INDICATORS.lac_per10k, { england: 67 })).toMatchObject({
      rating: "Not rated",
    });
    expect(rateIndicator(null, INDICATORS.rereferral_pct, { england: 22.6 }).reason).toBe(
      "Not rated: no figure for this month."
    );
    expect(rateIndicator(20, INDICATORS.rereferral_pct, {}).reason).toMatch(
      /no target or comparator/
    );
    const basis = { kind: "comparator", comparator: "region" } as const;
    expect(rateIndicator(20, INDICATORS.rereferral_pct, { england: 22 }, basis).reason).toBe(
      "Not rated: no regional figure."
    );
  });

  it("defaults to target, then statistical neighbours, then England", () => {
    expect(defaultRagBasis(INDICATORS.rereferral_pct, { target: 20, england: 22 })).toEqual({
      kind: "target",
    });
    expect(defaultRagBasis(INDICATORS.rereferral_pct, { statNeighbours: 21, england: 22 })).toEqual(
      {
        kind: "comparator",
        comparator: "statNeighbours",
      }
    );
    expect(defaultRagBasis(INDICATORS.rereferral_pct, { england: 22 })).toEqual({
      kind: "comparator",
      comparator: "england",
    });
  });

  it("never rates a worse value better, for either polarity", () => {
    const value = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(value, value, value, (a, b, target) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = (x: number) =>
          RANK[rateIndicator(x, INDICATORS.rereferral_pct, { target }).rating];
        const higher = (x: number) =>
          RANK[rateIndicator(x, INDICATORS.assessment_45wd_pct, { target }).rating];
        return lower(low) <= lower(high) && higher(high) <= higher(low);
      })
    );
  });
});

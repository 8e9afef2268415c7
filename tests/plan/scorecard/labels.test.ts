import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { monthKey } from "../../../src/domain/period/month";
import { againstBasis } from "../../../src/plan/scorecard/against-basis";
import { bandLabel } from "../../../src/plan/scorecard/band-label";
import { countsLabel } from "../../../src/plan/scorecard/counts-label";
import { publishedDecimals, scorecardDecimals } from "../../../src/plan/number-formats";
import { rowOf } from "./rows";

const APR = monthKey(2015, 4);
const REREFERRALS = INDICATORS.rereferral_pct;
const S47: IndicatorDef = { ...INDICATORS.s47_to_icpc_pct, band: { low: 35, high: 50 } };

describe("bandLabel", () => {
  it("writes each edge as it was set and the unit once", () => {
    expect(bandLabel({ low: 450, high: 650 }, "per10k")).toBe("450–650 per 10,000");
    expect(bandLabel({ low: 10, high: 15 }, "percent")).toBe("10–15%");
    expect(bandLabel({ low: 17.5, high: 22 }, "ratio")).toBe("17.5–22");
    expect(bandLabel({ low: 100, high: 121 }, "days")).toBe("100–121 days");
  });
});

describe("publishedDecimals and scorecardDecimals", () => {
  it("shows a benchmark at the precision it was published with", () => {
    expect(publishedDecimals(60)).toBe(0);
    expect(publishedDecimals(548.3)).toBe(1);
    expect(publishedDecimals(24.25)).toBe(2);
    expect(publishedDecimals(1 / 3)).toBe(3);
  });

  it("shows a monthly rate per 10,000 to one decimal, whatever its published precision", () => {
    expect(scorecardDecimals(INDICATORS.lac_per10k)).toBe(1);
    expect(scorecardDecimals(INDICATORS.contacts)).toBe(0);
    expect(scorecardDecimals(REREFERRALS)).toBe(1);
  });
});

describe("againstBasis", () => {
  const rated = (rereferrals: number, comparators: Record<string, number>) =>
    rowOf(REREFERRALS, { rereferrals: [rereferrals], referrals: [1000] }, APR, { comparators });

  it("gives the difference in its unit with a word, since a sign means different things", () => {
    expect(againstBasis(rated(221, { target: 20 }))).toBe("2.1 points worse than target");
    expect(againstBasis(rated(179, { target: 20 }))).toBe("2.1 points better than target");
    expect(againstBasis(rated(200, { target: 20 }))).toBe("Level with target");
    expect(againstBasis(rated(230, { statNeighbours: 23.6 }))).toBe(
      "0.6 points better than statistical neighbours"
    );
    const higher = rowOf(
      INDICATORS.assessment_45wd_pct,
      { assessments_within_45wd: [160], assessments_completed: [200] },
      APR,
      { comparators: { target: 85 } }
    );
    expect(againstBasis(higher)).toBe("5.0 points worse than target");
  });

  it("subtracts the figures as shown, so a reader's sum agrees", () => {
    // 18.75% shows as 18.8%; against a 20% target that is 1.2 points, not the unrounded 1.25.
    const row = rowOf(REREFERRALS, { rereferrals: [1875], referrals: [10000] }, APR, {
      comparators: { target: 20 },
    });
    expect(againstBasis(row)).toBe("1.2 points better than target");
  });

  it("says where the figure lies against a band, with the band written once", () => {
    const inside = rowOf(S47, { icpcs: [25], s47_enquiries: [60] }, APR);
    expect(againstBasis(inside)).toBe("Within band 35–50%");
    const below = rowOf(S47, { icpcs: [15], s47_enquiries: [50] }, APR);
    expect(againstBasis(below)).toBe("5.0 points below band 35–50%");
    const rate: IndicatorDef = { ...INDICATORS.referrals_per10k, band: { low: 450, high: 650 } };
    const above = rowOf(rate, { referrals: Array.from({ length: 12 }, () => 2400) }, APR, {
      comparators: {},
    });
    expect(againstBasis(above)).toMatch(/^[\d,]+\.\d per 10,000 above band 450–650 per 10,000$/);
  });

  it("is c when the rated figure is withheld, and blank with nothing to rate against", () => {
    const withheld = rowOf(REREFERRALS, { rereferrals: [3], referrals: [40] }, APR, {
      comparators: { target: 20 },
      settings: { suppression: { enabled: true } },
    });
    expect(againstBasis(withheld)).toBe("c");
    expect(againstBasis(rated(221, {}))).toBe("");
  });
});

describe("countsLabel", () => {
  it("gives a percentage's numerator of its denominator", () => {
    const row = rowOf(REREFERRALS, { rereferrals: [92], referrals: [416] }, APR);
    expect(countsLabel(row.value, "percent", true)).toBe("92 of 416");
  });

  it("gives a rate's count, and the months a flow's count adds up", () => {
    const lac = rowOf(INDICATORS.lac_per10k, { lac: [350] }, APR);
    expect(countsLabel(lac.value, "per10k", false)).toBe("350");
    const referrals = rowOf(INDICATORS.referrals_per10k, { referrals: [200, 210, 190] }, APR);
    expect(countsLabel(referrals.value, "per10k", true)).toBe("600 in 3 months");
    const year = rowOf(
      INDICATORS.referrals_per10k,
      { referrals: Array.from({ length: 12 }, () => 200) },
      APR
    );
    expect(countsLabel(year.value, "per10k", true)).toBe("2,400");
  });

  it("gives nothing for a count, a ratio or a figure with no data, and c for a withheld one", () => {
    const contacts = rowOf(INDICATORS.contacts, { contacts: [900] }, APR);
    expect(countsLabel(contacts.value, "count", true)).toBe("");
    const none = rowOf(REREFERRALS, { rereferrals: [null], referrals: [null] }, APR);
    expect(countsLabel(none.value, "percent", true)).toBe("");
    const withheld = rowOf(REREFERRALS, { rereferrals: [3], referrals: [40] }, APR, {
      settings: { suppression: { enabled: true } },
    });
    expect(countsLabel(withheld.value, "percent", true)).toBe("c");
  });
});

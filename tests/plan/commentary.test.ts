import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../src/domain/period/month";
import { computeScorecard, type ScorecardRow } from "../../src/domain/scorecard/compute-scorecard";
import { monthlyValues } from "../../src/domain/measures/measure-data";
import { generateCommentary } from "../../src/plan/commentary";
import { previousRatings } from "../../src/plan/previous-ratings";

const MAY = monthKey(2015, 5);

/** Re-referrals: 24 of 100 in April, 30 of 100 in May; NFA: 10 then 8 of 100. */
function rows(comparators = {}): readonly ScorecardRow[] {
  const data = new Map([
    ["referrals", monthlyValues(monthKey(2015, 4), [100, 100])],
    ["rereferrals", monthlyValues(monthKey(2015, 4), [24, 30])],
    ["referrals_nfa", monthlyValues(monthKey(2015, 4), [10, 8])],
  ]);
  const catalogue = {
    rereferral_pct: INDICATORS.rereferral_pct,
    referral_nfa_pct: INDICATORS.referral_nfa_pct,
  };
  return computeScorecard(catalogue, data, MAY, comparators).rows;
}

describe("generateCommentary", () => {
  it("names an indicator whose RAG rating changed since the previous month, with both figures", () => {
    const card = rows({ rereferral_pct: { target: 25 } });
    const lines = generateCommentary(card, previousRatings(card), MAY);
    expect(lines.filter((l) => l.topic === "RAG change").map((l) => l.text)).toEqual([
      "Re-referrals within 12 months moved from Green to Red since April 2015 (24.0% to 30.0%).",
    ]);
  });

  it("says so when no rating changed", () => {
    const card = rows({ rereferral_pct: { target: 35 } });
    const lines = generateCommentary(card, previousRatings(card), MAY);
    expect(lines[0]?.text).toBe("No indicator changed its RAG rating since April 2015.");
  });

  it("prefers the ratings it is given over ones derived from last month's figure", () => {
    const card = rows({ rereferral_pct: { target: 25 } });
    const lines = generateCommentary(card, previousRatings(card, { rereferral_pct: "Amber" }), MAY);
    expect(lines[0]?.text).toMatch(/^Re-referrals within 12 months moved from Amber to Red/);
  });

  it("names the largest relative movements first, judged by polarity", () => {
    const lines = generateCommentary(rows(), {}, MAY).filter((l) => l.topic === "Movement");
    expect(lines.map((l) => l.text)).toEqual([
      "Re-referrals within 12 months rose from 24.0% to 30.0% since April 2015 (6.0 points), a worsening.",
      "Referrals resulting in no further action fell from 10.0% to 8.0% since April 2015 (2.0 points), an improvement.",
    ]);
  });

  it("names the biggest gaps to statistical neighbours, better or worse", () => {
    const card = rows({
      rereferral_pct: { statNeighbours: 21.9 },
      referral_nfa_pct: { statNeighbours: 9.2 },
    });
    const lines = generateCommentary(card, {}, MAY, { top: 1 }).filter(
      (l) => l.topic === "Statistical neighbours"
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Re-referrals within 12 months stood at 30.0%, 8.1 points worse than statistical neighbours (21.9%).",
    ]);
  });

  it("never quotes a figure under disclosure control", () => {
    const data = new Map([
      ["referrals", monthlyValues(monthKey(2015, 4), [100, 100])],
      ["rereferrals", monthlyValues(monthKey(2015, 4), [4, 3])],
    ]);
    const card = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      data,
      MAY,
      { rereferral_pct: { statNeighbours: 21.9, target: 2 } },
      { suppression: { enabled: true } }
    ).rows;
    const text = generateCommentary(card, { rereferral_pct: "Green" }, MAY)
      .map((l) => l.text)
      .join(" ");
    expect(text).not.toMatch(/3\.0%|4\.0%/);
  });
});

describe("previousRatings", () => {
  it("re-rates last month's figure against the same basis and comparators", () => {
    expect(previousRatings(rows({ rereferral_pct: { target: 25 } }))).toEqual({
      rereferral_pct: "Green",
    });
  });

  it("leaves out rows rated on a figure other than the month's", () => {
    const data = new Map([
      ["referrals", monthlyValues(monthKey(2015, 4), [100, 100])],
      ["rereferrals", monthlyValues(monthKey(2015, 4), [24, 30])],
    ]);
    const card = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      data,
      MAY,
      { rereferral_pct: { target: 25 } },
      { indicators: { rereferral_pct: { headline: "ytd" } } }
    ).rows;
    expect(previousRatings(card)).toEqual({});
  });
});

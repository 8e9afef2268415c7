import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";
import { computeScorecard } from "../../../src/domain/scorecard/compute-scorecard";
import { previousRating } from "../../../src/domain/scorecard/previous-rating";

/** Re-referrals: 24 of 100 in April (Green against 25), 30 of 100 in May (Red). */
const data = new Map([
  ["referrals", monthlyValues(monthKey(2015, 4), [100, 100])],
  ["rereferrals", monthlyValues(monthKey(2015, 4), [24, 30])],
]);
const catalogue = { rereferral_pct: INDICATORS.rereferral_pct };

describe("the previous month's rating", () => {
  it("re-rates last month's value against this month's basis and comparators", () => {
    const row = computeScorecard(catalogue, data, monthKey(2015, 5), {
      rereferral_pct: { target: 25 },
    }).rows[0]!;
    expect(row.rag.rating).toBe("Red");
    expect(previousRating(row)).toBe("Green");
  });

  it("has none for a row rated on its year to date", () => {
    const row = computeScorecard(
      catalogue,
      data,
      monthKey(2015, 5),
      { rereferral_pct: { target: 25 } },
      {
        indicators: { rereferral_pct: { headline: "ytd" } },
      }
    ).rows[0]!;
    expect(previousRating(row)).toBeNull();
  });

  it("has none when there is no previous month", () => {
    const row = computeScorecard(catalogue, data, monthKey(2015, 4), {
      rereferral_pct: { target: 25 },
    }).rows[0]!;
    expect(previousRating(row)).toBeNull();
  });

  it("has none when the previous month is withheld: its colour would say where it lay", () => {
    const small = new Map([
      ["referrals", monthlyValues(monthKey(2015, 4), [4, 100])],
      ["rereferrals", monthlyValues(monthKey(2015, 4), [1, 30])],
    ]);
    const row = computeScorecard(
      catalogue,
      small,
      monthKey(2015, 5),
      { rereferral_pct: { target: 25 } },
      { suppression: { enabled: true } }
    ).rows[0]!;
    expect(row.rag.rating).toBe("Red");
    expect(previousRating(row)).toBeNull();
  });
});

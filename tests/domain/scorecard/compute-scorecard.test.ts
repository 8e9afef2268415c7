import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../../../src/domain/measures/measure-data";
import { addMonths, monthKey } from "../../../src/domain/period/month";
import { computeScorecard } from "../../../src/domain/scorecard/compute-scorecard";

const FIRST = monthKey(2014, 4);

function syntheticData(months: number): MeasureData {
  const data = new Map<string, ReadonlyMap<ReturnType<typeof monthKey>, number>>();
  Object.keys(MEASURES).forEach((id, i) => {
    const values = Array.from({ length: months }, (_, m) =>
      id === "population" ? 42000 : 50 + ((i * 7 + m * 13) % 40)
    );
    data.set(id, monthlyValues(FIRST, values));
  });
  return data;
}

describe("computeScorecard", () => {
  const data = syntheticData(14);
  const month = addMonths(FIRST, 13);
  const card = computeScorecard(
    INDICATORS,
    data,
    month,
    { rereferral_pct: { statNeighbours: 23.6, target: 25 } },
    {
      suppression: { enabled: true },
    }
  );

  it("computes every catalogue indicator", () => {
    expect(card.rows.map((r) => r.id)).toEqual(Object.keys(INDICATORS));
    expect(card.failures).toEqual([]);
  });

  it("compares the headline with each comparator and with the same month last year", () => {
    const row = card.rows.find((r) => r.id === "rereferral_pct");
    expect(row?.comparisons.map((c) => c.comparator)).toEqual([
      "target",
      "statNeighbours",
      "lastYear",
    ]);
    expect(row?.rag.basis).toEqual({ kind: "target" });
    expect(row?.rag.reason).toMatch(/target \(25\.0%\)/);
  });

  it("gives every rated row a reason and never a number that is not finite", () => {
    for (const row of card.rows) {
      expect(row.rag.reason.length).toBeGreaterThan(10);
      for (const c of row.comparisons) expect(Number.isFinite(c.variance.absolute)).toBe(true);
    }
  });

  it("rates context indicators as not rated and does not compare their direction", () => {
    const lac = card.rows.find((r) => r.id === "lac");
    expect(lac?.rag.rating).toBe("Not rated");
    expect(lac?.directionVsPrevious).toBe("Not comparable");
  });

  it("flags small counts and the percentages built on them for suppression", () => {
    const small = new Map([
      ["cpp_ended", monthlyValues(FIRST, [20])],
      ["cpp_ended_2yrs", monthlyValues(FIRST, [3])],
    ]);
    const row = computeScorecard(
      { cpp_ended_2yrs_pct: INDICATORS.cpp_ended_2yrs_pct },
      small,
      FIRST,
      {},
      {
        suppression: { enabled: true },
      }
    ).rows[0];
    expect(row?.suppressed.value).toBe(true);
  });

  it("notes an incomplete year to date with the missing months", () => {
    const gappy = new Map([["referrals", monthlyValues(FIRST, [10, null, 12])]]);
    const row = computeScorecard({ referrals: INDICATORS.referrals }, gappy, addMonths(FIRST, 2))
      .rows[0];
    expect(row?.ytd.value).toBe(22);
    expect(row?.notes).toContain("The year to date is incomplete: no data for May-14.");
  });

  it("reports an analyst's indicator that names an unknown measure as a failure, not a crash", () => {
    const bad: IndicatorDef = {
      ...INDICATORS.rereferral_pct,
      formula: { kind: "count", measure: "nope" },
    };
    const card2 = computeScorecard({ bad }, data, month);
    expect(card2.failures[0]?.error.code).toBe("INVALID_INPUT");
  });
});

describe("disclosure control of annualised figures", () => {
  it("suppresses an annualised rate built on a small year to date even when 12 months' count is not small", () => {
    const months = [
      [monthKey(2015, 2), 1],
      [monthKey(2015, 3), 2],
      [monthKey(2015, 4), 2],
      [monthKey(2015, 5), 2],
    ] as const;
    const data: MeasureData = new Map([
      ["referrals", new Map(months.map(([m, v]) => [m, v]))],
      ["population", new Map(months.map(([m]) => [m, 42000]))],
    ]);
    const card = computeScorecard(
      { referrals_per10k: INDICATORS.referrals_per10k },
      data,
      monthKey(2015, 5),
      {},
      { suppression: { enabled: true } }
    );
    const row = card.rows[0]!;
    expect(row.annualised?.numerator).toBe(4);
    expect(row.suppressed.annualised).toBe(true);
  });
});

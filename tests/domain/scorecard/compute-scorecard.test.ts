import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../../../src/domain/measures/measure-data";
import { addMonths, monthKey } from "../../../src/domain/period/month";
import { isWithheld, WITHHELD } from "../../../src/domain/format/suppression";
import {
  computeScorecard,
  WITHHELD_RATING_REASON,
} from "../../../src/domain/scorecard/compute-scorecard";

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
      for (const c of row.comparisons)
        if (!isWithheld(c.variance)) expect(Number.isFinite(c.variance.absolute)).toBe(true);
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
    expect(row?.value.kind).toBe("withheld");
  });

  it("notes an incomplete year to date with the missing months", () => {
    const gappy = new Map([["referrals", monthlyValues(FIRST, [10, null, 12])]]);
    const row = computeScorecard({ referrals: INDICATORS.referrals }, gappy, addMonths(FIRST, 2))
      .rows[0];
    expect(row?.ytd).toMatchObject({ kind: "shown", value: 22 });
    expect(row?.notes).toContain("The year to date is incomplete: no data for May 2014.");
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
    expect(row.annualised?.kind).toBe("withheld");
  });
});

describe("disclosure control of a scorecard row", () => {
  const APR15 = monthKey(2015, 4);
  const MAY = monthKey(2015, 5);
  const JUN = monthKey(2015, 6);
  const on = { suppression: { enabled: true } } as const;

  /** Repeat plans: 1 of 4 starts in June (25.0%), 3 of 4 in May, 9 of 40 in April. */
  const repeats: MeasureData = new Map([
    ["cpp_starts", monthlyValues(APR15, [40, 4, 4])],
    ["cpp_starts_repeat", monthlyValues(APR15, [9, 3, 1])],
  ]);
  const row = computeScorecard(
    { cpp_repeat_pct: INDICATORS.cpp_repeat_pct },
    repeats,
    JUN,
    { cpp_repeat_pct: { statNeighbours: 21.1 } },
    on
  ).rows[0]!;

  it("rates a withheld figure as not rated, saying it is withheld, with no number in the reason", () => {
    expect(row.value.kind).toBe("withheld");
    expect(row.rag.rating).toBe("Not rated");
    expect(row.rag.reason).toBe(WITHHELD_RATING_REASON);
    expect(row.rag.basis).toEqual({ kind: "comparator", comparator: "statNeighbours" });
  });

  it("withholds the variances against every comparator, keeping the comparators themselves", () => {
    expect(row.comparisons).toEqual([
      { comparator: "statNeighbours", value: 21.1, variance: WITHHELD },
    ]);
  });

  it("withholds the direction of travel between two withheld months, even when they are equal", () => {
    expect(row.directionVsPrevious).toBe(WITHHELD);
    expect(row.directionVsLastYear).toBe(WITHHELD);
  });

  it("withholds a year to date whose months include a withheld one, since subtraction recovers it", () => {
    // 13 of 48 is not itself small, but less April's 9 of 40 it is May and June's 4 of 8.
    expect(row.ytd.kind).toBe("withheld");
    expect(row.rolling12.kind).toBe("withheld");
    const april = computeScorecard(
      { cpp_repeat_pct: INDICATORS.cpp_repeat_pct },
      repeats,
      APR15,
      {},
      on
    ).rows[0]!;
    expect(april.ytd).toMatchObject({ kind: "shown", value: 22.5 });
  });

  it("withholds each chart point built on a small count, and only those", () => {
    expect(row.series.slice(-3).map((p) => p.kind)).toEqual(["shown", "withheld", "withheld"]);
  });

  it("withholds a direction when only one of the two months is withheld", () => {
    const mixed = computeScorecard(
      { cpp_repeat_pct: INDICATORS.cpp_repeat_pct },
      repeats,
      MAY,
      {},
      on
    ).rows[0]!;
    expect(mixed.previous.kind).toBe("shown");
    expect(mixed.directionVsPrevious).toBe(WITHHELD);
  });

  it("does not compare with last year's figure when that figure is withheld", () => {
    const data: MeasureData = new Map([
      ["cpp_starts", monthlyValues(monthKey(2014, 6), [4, ...Array<number>(11).fill(40), 40])],
      ["cpp_starts_repeat", monthlyValues(monthKey(2014, 6), [2, ...Array<number>(11).fill(8), 9])],
    ]);
    const rated = computeScorecard(
      { cpp_repeat_pct: INDICATORS.cpp_repeat_pct },
      data,
      JUN,
      {},
      {
        ...on,
        indicators: { cpp_repeat_pct: { rag: { kind: "comparator", comparator: "lastYear" } } },
      }
    ).rows[0]!;
    expect(rated.value.kind).toBe("shown");
    expect(rated.sameMonthLastYear.kind).toBe("withheld");
    expect(rated.comparisons.map((c) => c.comparator)).toEqual([]);
    expect(rated.rag).toMatchObject({ rating: "Not rated" });
    expect(rated.rag.reason).toMatch(/withheld/);
    expect(rated.rag.reason).not.toMatch(/\d/);
  });

  it("leaves every figure shown, and rates it, with suppression off", () => {
    const open = computeScorecard({ cpp_repeat_pct: INDICATORS.cpp_repeat_pct }, repeats, JUN, {
      cpp_repeat_pct: { statNeighbours: 21.1 },
    }).rows[0]!;
    expect(open.value).toMatchObject({ kind: "shown", value: 25 });
    expect(open.rag.reason).toBe("25.0% is 3.9 points worse than statistical neighbours (21.1%).");
    expect(open.directionVsPrevious).toBe("Improving");
  });
});

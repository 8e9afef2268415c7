import fc from "fast-check";
import {
  computeIndicator,
  type IndicatorResult,
} from "../../../src/domain/indicators/compute-indicator";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../../../src/domain/measures/measure-data";
import { addMonths, monthKey } from "../../../src/domain/period/month";
import { buildMeasureTable } from "../../../src/domain/series/measure-table";

const APR13 = monthKey(2013, 4);
const DEC13 = monthKey(2013, 12);

function compute(
  id: keyof typeof INDICATORS,
  data: MeasureData,
  month = DEC13,
  population?: number
): IndicatorResult {
  const result = computeIndicator(
    id,
    INDICATORS[id],
    data,
    month,
    population === undefined ? {} : { population }
  );
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

const croydon: MeasureData = new Map([
  ["referrals", monthlyValues(APR13, [324, 353, 251, 252, 220, 236, 320, 390, 347])],
  ["referrals_to_assessment", monthlyValues(APR13, [291, 310, 217, 226, 207, 213, 264, 302, 251])],
  ["lac", monthlyValues(APR13, [727, 727, 734, 752, 769, 774, 779, 809, 819])],
  ["cpp_starts", monthlyValues(APR13, [31, 22, 42, 43, 31, 31, 30, 24, 14])],
]);

describe("computeIndicator: a ratio of flows", () => {
  const result = compute("referral_to_assessment_pct", croydon);

  it("gives the month's own percentage as 0–100", () => {
    expect(result.value.value).toBeCloseTo((251 / 347) * 100, 10);
    expect(result.previous.value).toBeCloseTo((302 / 390) * 100, 10);
  });

  it("divides year-to-date totals rather than averaging monthly percentages", () => {
    expect(result.ytd.value).toBeCloseTo((2281 / 2693) * 100, 10);
    expect(result.ytd.numerator).toBe(2281);
    expect(result.ytd.denominator).toBe(2693);
    expect(result.ytd.incomplete).toBe(false);
  });

  it("marks a rolling year that reaches before the data as incomplete and names the months", () => {
    expect(result.rolling12.incomplete).toBe(true);
    expect(result.rolling12.missingMonths).toEqual([
      monthKey(2013, 1),
      monthKey(2013, 2),
      monthKey(2013, 3),
    ]);
    expect(result.rolling12.value).toBeCloseTo((2281 / 2693) * 100, 10);
  });

  it("has no forecast or annualised figure for a percentage", () => {
    expect(result.forecast).toBeNull();
    expect(result.annualised).toBeNull();
  });

  it("reports the same month last year as missing with a reason", () => {
    expect(result.sameMonthLastYear.value).toBeNull();
    expect(result.sameMonthLastYear.problem?.code).toBe("NO_DATA");
  });

  it("returns 24 months of series ending at the reporting month", () => {
    expect(result.series).toHaveLength(24);
    expect(result.series[23]?.month).toBe(DEC13);
    expect(result.series[0]?.value).toBeNull();
  });
});

describe("computeIndicator: counts", () => {
  it("counts a stock's year to date as its latest month", () => {
    const lac = compute("lac", croydon);
    expect(lac.ytd.value).toBe(819);
    expect(lac.rolling12.value).toBe(819);
    expect(lac.forecast).toBeNull();
  });

  it("sums a flow's year to date and forecasts the year end from it", () => {
    const starts = computeIndicator(
      "x",
      { ...INDICATORS.contacts, formula: { kind: "count", measure: "cpp_starts" } },
      croydon,
      DEC13
    );
    if (!starts.ok) throw new Error();
    expect(starts.value.ytd.value).toBe(268);
    expect(starts.value.forecast?.value).toBeCloseTo((268 / 9) * 12, 10);
    expect(starts.value.annualised?.value).toBeCloseTo((268 / 9) * 12, 10);
  });

  it("forecasts Thurrock's 277 missing incidents from 208 after nine months", () => {
    const data = new Map([
      ["missing_incidents", monthlyValues(monthKey(2017, 4), [20, 25, 22, 24, 23, 21, 25, 24, 24])],
    ]);
    const def: IndicatorDef = {
      ...INDICATORS.contacts,
      formula: { kind: "count", measure: "missing_incidents" },
    };
    const result = computeIndicator("missing", def, data, monthKey(2017, 12));
    expect(result.ok && Math.round(result.value.forecast?.value ?? 0)).toBe(277);
  });
});

describe("computeIndicator: rates per 10,000", () => {
  it("annualises a flow's year to date when the data does not reach back 12 months", () => {
    const result = compute(
      "lac_starts_per10k",
      new Map([["lac_starts", monthlyValues(APR13, [18, 32, 26])]]),
      monthKey(2013, 6),
      50000
    );
    expect(result.value.value).toBeCloseTo(((76 * 12) / 3 / 50000) * 10000, 10);
    expect(result.value.window.from).toBe(APR13);
    expect(result.value.incomplete).toBe(false);
  });

  it("uses the rolling 12 months once they exist", () => {
    const values = Array.from({ length: 15 }, (_, i) => 10 + i);
    const result = compute(
      "referrals_per10k",
      new Map([["referrals", monthlyValues(APR13, values)]]),
      addMonths(APR13, 14),
      40000
    );
    const last12 = values.slice(3).reduce((a, b) => a + b, 0);
    expect(result.value.value).toBeCloseTo((last12 / 40000) * 10000, 10);
    expect(result.rolling12.value).toBeCloseTo((last12 / 40000) * 10000, 10);
    expect(result.annualised?.value).toBeCloseTo((last12 / 40000) * 10000, 10);
  });

  it("takes a stock's rate at the month end, from a population row carried forward", () => {
    const data = new Map([
      ["cpp", monthlyValues(monthKey(2015, 4), [210, 215])],
      ["population", monthlyValues(monthKey(2015, 4), [41900])],
    ]);
    const result = compute("cpp_per10k", data, monthKey(2015, 5));
    expect(result.value.value).toBeCloseTo((215 / 41900) * 10000, 10);
  });

  it("cannot compute a rate without a population and says so", () => {
    const result = compute("lac_per10k", croydon);
    expect(result.value.value).toBeNull();
    expect(result.value.problem?.code).toBe("NO_DATA");
  });
});

describe("computeIndicator: workforce", () => {
  const first = monthKey(2016, 4);
  const data = new Map([
    ["sw_employed_fte", monthlyValues(first, Array(12).fill(100))],
    ["sw_agency_fte", monthlyValues(first, Array(12).fill(25))],
    ["sw_leavers_fte", monthlyValues(first, Array(12).fill(1.5))],
    ["cases_held", monthlyValues(first, Array(12).fill(1700))],
    ["case_holding_fte", monthlyValues(first, Array(12).fill(100))],
  ]);
  const month = monthKey(2017, 3);

  it("divides agency FTE by agency plus employed FTE", () => {
    expect(compute("sw_agency_pct", data, month).value.value).toBeCloseTo(20, 10);
  });

  it("takes turnover as twelve months' leavers over the month's employed FTE", () => {
    expect(compute("sw_turnover_pct", data, month).value.value).toBeCloseTo(18, 10);
  });

  it("gives a caseload as a plain ratio", () => {
    expect(compute("sw_caseload", data, month).value.value).toBeCloseTo(17, 10);
  });
});

describe("computeIndicator: problems", () => {
  it("reports a zero denominator as division by zero, not a number", () => {
    const data = new Map([
      ["cpp_ended", monthlyValues(APR13, [0])],
      ["cpp_ended_2yrs", monthlyValues(APR13, [0])],
    ]);
    const result = compute("cpp_ended_2yrs_pct", data, APR13);
    expect(result.value.value).toBeNull();
    expect(result.value.problem?.code).toBe("DIV_BY_ZERO");
  });

  it("refuses an analyst's indicator that names a measure that does not exist", () => {
    const def: IndicatorDef = {
      ...INDICATORS.rereferral_pct,
      formula: { kind: "ratio", numerator: "nope", denominator: "referrals", scale: 100 },
    };
    const result = computeIndicator("mine", def, croydon, DEC13);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("INVALID_INPUT");
  });

  it("accepts an analyst's own ratio of any two measures without code changes", () => {
    const def: IndicatorDef = {
      ...INDICATORS.rereferral_pct,
      name: "UASC share",
      formula: { kind: "ratio", numerator: "uasc", denominator: "lac", scale: 100 },
    };
    const data = new Map([
      ["uasc", monthlyValues(DEC13, [370])],
      ["lac", monthlyValues(DEC13, [819])],
    ]);
    const result = computeIndicator("uasc_pct", def, data, DEC13);
    expect(result.ok && result.value.value.value).toBeCloseTo((370 / 819) * 100, 10);
  });
});

describe("computeIndicator: properties", () => {
  const counts = fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 5 }), {
    minLength: 1,
    maxLength: 30,
  });

  it("never lets NaN or Infinity escape, whatever the counts", () => {
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 0, max: 29 }), (nums, dens, offset) => {
        const data = new Map([
          ["referrals", monthlyValues(APR13, nums)],
          ["contacts", monthlyValues(APR13, dens)],
          ["lac", monthlyValues(APR13, nums)],
        ]);
        const table = buildMeasureTable(data, MEASURES);
        for (const id of [
          "contacts_to_referral_pct",
          "referrals_per10k",
          "lac_per10k",
          "referrals",
          "lac",
        ] as const) {
          const r = computeIndicator(id, INDICATORS[id], table, addMonths(APR13, offset), {
            population: 0,
          });
          if (!r.ok) return false;
          const figures = [
            r.value.value,
            r.value.previous,
            r.value.ytd,
            r.value.rolling12,
            r.value.annualised,
            r.value.forecast,
          ];
          for (const f of figures)
            if (f && f.value !== null && !Number.isFinite(f.value)) return false;
          if (r.value.series.some((p) => p.value !== null && !Number.isFinite(p.value)))
            return false;
        }
        return true;
      })
    );
  });

  it("keeps percentages of valid counts between 0 and 100", () => {
    const pairs = fc.array(
      fc
        .integer({ min: 0, max: 1000 })
        .chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
      { minLength: 1, maxLength: 24 }
    );
    fc.assert(
      fc.property(pairs, (rows) => {
        const data = new Map([
          [
            "referrals_to_assessment",
            monthlyValues(
              APR13,
              rows.map(([n]) => n)
            ),
          ],
          [
            "referrals",
            monthlyValues(
              APR13,
              rows.map(([, d]) => d)
            ),
          ],
        ]);
        const r = computeIndicator(
          "p",
          INDICATORS.referral_to_assessment_pct,
          data,
          addMonths(APR13, rows.length - 1)
        );
        if (!r.ok) return false;
        return [r.value.value, r.value.ytd, r.value.rolling12].every(
          (f) => f.value === null || (f.value >= 0 && f.value <= 100)
        );
      })
    );
  });

  it("makes a flow's year to date the sum of its months and a stock's its latest month", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const data = new Map([
            ["referrals", monthlyValues(APR13, values)],
            ["lac", monthlyValues(APR13, values)],
          ]);
          const month = addMonths(APR13, values.length - 1);
          const flow = computeIndicator("referrals", INDICATORS.referrals, data, month);
          const stock = computeIndicator("lac", INDICATORS.lac, data, month);
          return (
            flow.ok &&
            stock.ok &&
            flow.value.ytd.value === values.reduce((a, b) => a + b, 0) &&
            stock.value.ytd.value === values[values.length - 1]
          );
        }
      )
    );
  });
});

describe("computeIndicator: the smallest count behind each figure, for disclosure control", () => {
  const data = new Map([
    ["referrals", monthlyValues(APR13, [40, 3, 0, 50, null, 45])],
    ["rereferrals", monthlyValues(APR13, [8, 0, 0, 9, 7, 10])],
    ["lac", monthlyValues(APR13, [290, 288, 4, 291, 289, 292])],
    ["lac_3plus_placements", monthlyValues(APR13, [30, 31, 0, 29, 28, 27])],
  ]);
  const month = addMonths(APR13, 5);

  it("finds a small month inside a flow's year to date, though the total is not small", () => {
    const referrals = compute("referrals", data, month);
    expect(referrals.ytd.numerator).toBe(138);
    expect(referrals.ytd.smallestCount).toBe(3);
    expect(referrals.value.smallestCount).toBe(45);
  });

  it("ignores zeros, which disclose no one, and months left out of the totals", () => {
    // August's rereferrals (7) are in no total: August has no referrals, so the month is missing.
    const rereferral = compute("rereferral_pct", data, month);
    expect(rereferral.ytd.missingMonths).toEqual([addMonths(APR13, 4)]);
    expect(rereferral.ytd.smallestCount).toBe(3);
  });

  it("reads a stock at its month end only, so an earlier small month does not count", () => {
    const placements = compute("placement_3plus_pct", data, month);
    expect(placements.ytd.smallestCount).toBe(27);
    expect(compute("placement_3plus_pct", data, addMonths(APR13, 2)).value.smallestCount).toBe(4);
  });

  it("counts the population behind a rate", () => {
    const rate = compute("lac_per10k", new Map([["lac", monthlyValues(APR13, [40])]]), APR13, 3);
    expect(rate.value.smallestCount).toBe(3);
  });

  it("gives every chart point its counts, so a point can be withheld too", () => {
    const referrals = compute("referrals", data, month);
    expect(referrals.series.at(-5)).toMatchObject({ month: addMonths(APR13, 1), value: 3 });
    expect(referrals.series.at(-5)?.smallestCount).toBe(3);
  });
});

describe("computeIndicator: a quarter's figure, as Walsall's quarterly report gives it", () => {
  it("divides the quarter's totals for a percentage (October to December 2013)", () => {
    const result = compute("referral_to_assessment_pct", croydon);
    expect(result.quarter.value).toBeCloseTo(((264 + 302 + 251) / (320 + 390 + 347)) * 100, 10);
    expect(result.quarter.numerator).toBe(817);
    expect(result.quarter.denominator).toBe(1057);
  });

  it("sums a flow over the quarter so far, and takes a stock at the month end", () => {
    const nov = monthKey(2013, 11);
    const starts = computeIndicator(
      "x",
      { ...INDICATORS.contacts, formula: { kind: "count", measure: "cpp_starts" } },
      croydon,
      nov
    );
    if (!starts.ok) throw new Error();
    expect(starts.value.quarter.value).toBe(30 + 24);
    expect(compute("lac", croydon, nov).quarter.value).toBe(809);
  });
});

import fc from "fast-check";
import * as csc from "../../src/functions/functions";
import croydonAssessment from "../fixtures/published/croydon-referrals-to-assessment.json";
import croydonOverview from "../fixtures/published/croydon-overview.json";
import croydonCpp from "../fixtures/published/croydon-cpp-ended-2yrs.json";
import england from "../fixtures/published/england-dfe.json";
import { EDGE_NUMBERS, EDGE_NUMERIC_TEXT, edgeDouble } from "../support/edge-numbers";
import { excelCall } from "./excel-call";

/** The functions that answer with a promise (their dataset loads on first use), and the rest. */
const ASYNC_FUNCTIONS = new Set(["benchmark", "snAverage"]);
const SYNC_ENTRIES = Object.entries(csc).filter(([name]) => !ASYNC_FUNCTIONS.has(name));
const ASYNC_ENTRIES = Object.entries(csc).filter(([name]) => ASYNC_FUNCTIONS.has(name));

// Excel hands ranges as 2D arrays, dates as serial numbers and empty cells as "".
const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const row = (values: readonly unknown[]): unknown[][] => [[...values]];
/** The Excel serial of a date (1900 date system), as a date cell holds it. */
const serial = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;
const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;

describe("serial dates in these tests", () => {
  it("match Excel's: 1 April 2015 is 42095", () => {
    expect(serial("2015-04-01")).toBe(42095);
  });
});

describe("CSC.RATEPER10K", () => {
  it("reproduces England's looked-after rate per 10,000 at 31 March 2025 (67)", () => {
    const latest = england.lookedAfterRate.at(-1)!;
    const result = csc.ratePer10k(latest.lookedAfter, latest.population0to17);
    expect(Math.round(result)).toBe(latest.ratePer10000);
  });

  it("accepts numeric text as Excel cells hold it", () => {
    expect(csc.ratePer10k(" 1,234 ", "10000")).toBeCloseTo(1234, 10);
  });

  it("refuses a blank count rather than reading it as 0", () => {
    expect(excelCall(() => csc.ratePer10k("", 42000))).toMatchObject({
      error: "#VALUE!",
      message: "count is blank, not a number.",
    });
  });

  it("shows #DIV/0! for a zero population and #NUM! for a negative count", () => {
    expect(excelCall(() => csc.ratePer10k(12, 0))).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(() => csc.ratePer10k(-1, 100))).toMatchObject({ error: "#NUM!" });
  });

  it("passes on an error value in a cell as #VALUE! naming it", () => {
    expect(excelCall(() => csc.ratePer10k("#N/A", 100))).toMatchObject({
      error: "#VALUE!",
      message: "count is the error #N/A, not a number.",
    });
  });
});

describe("CSC.ROLLINGRATE", () => {
  const counts = [40, 42, 38, 41, 39, 40, 44, 37, 40, 43, 36, 40, 45];

  it("annualises the last 12 months of a row per 10,000 children", () => {
    const last12 = counts.slice(-12).reduce((a, b) => a + b, 0);
    expect(csc.rollingRate(row(counts), 42000)).toBeCloseTo((last12 / 42000) * 10000, 10);
  });

  it("ignores blank months after the latest one, as in a year's row not yet filled", () => {
    expect(csc.rollingRate(row([...counts, "", ""]), 42000)).toBe(
      csc.rollingRate(row(counts), 42000)
    );
  });

  it("scales fewer months up to a year", () => {
    // 90 referrals in 3 months is 360 a year, in 10,000 children.
    expect(csc.rollingRate(column([30, 30, 30]), 10000, 3)).toBeCloseTo(360, 10);
  });

  it("refuses a blank month inside the window: a missing month is not 0", () => {
    const gap = [...counts.slice(0, 12), "", 45];
    expect(excelCall(() => csc.rollingRate(row(gap), 42000))).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/has no count; a missing month is not 0/),
    });
  });

  it("shows #N/A when the range holds fewer months than asked", () => {
    expect(excelCall(() => csc.rollingRate(row([1, 2, 3]), 42000))).toMatchObject({
      error: "#N/A",
      message: "The rate needs 12 months of counts, and there are 3.",
    });
  });

  it("shows #NUM! for a window of 13 months", () => {
    expect(excelCall(() => csc.rollingRate(row(counts), 42000, 13))).toMatchObject({
      error: "#NUM!",
    });
  });
});

describe("CSC.PROPORTION", () => {
  it("pools Croydon's ceased plans lasting 2 years or more, April to September 2013: 6 of 162, published as 4%", () => {
    const result = csc.proportion(row(croydonCpp.cppEnded2yrs), row(croydonCpp.cppEnded));
    expect(result).toBeCloseTo(6 / 162, 12);
    expect(Math.round(result * 100)).toBe(croydonCpp.ytd.percent);
  });

  it("is not the mean of the monthly percentages", () => {
    const result = csc.proportion([[1], [9]], [[10], [90]]);
    expect(result).toBeCloseTo(0.1, 12);
    expect(csc.proportion([[1], [1]], [[2], [100]])).toBeCloseTo(2 / 102, 12);
  });

  it("skips rows blank on both sides, and refuses half-blank ones", () => {
    expect(csc.proportion(column([3, "", 4]), column([10, "", 10]))).toBeCloseTo(0.35, 12);
    expect(excelCall(() => csc.proportion(column([3, 4]), column([10, ""])))).toMatchObject({
      error: "#VALUE!",
      message: "Cell 2 of denominators is blank, not a number.",
    });
  });

  it("shows #VALUE! for ranges of different sizes, naming both", () => {
    expect(excelCall(() => csc.proportion(column([1, 2]), column([3])))).toMatchObject({
      error: "#VALUE!",
      message:
        "numerators is 2 rows × 1 column but denominators is 1 row × 1 column; they must be the same size.",
    });
  });

  it("shows #NUM! for a numerator above its denominator and #DIV/0! for zero denominators", () => {
    expect(excelCall(() => csc.proportion(row([5]), row([4])))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(() => csc.proportion(row([0]), row([0])))).toMatchObject({ error: "#DIV/0!" });
  });
});

describe("CSC.YTD", () => {
  const months = croydonOverview.months.map((m) => serial(`${m}-01`));

  it("sums a flow since April: Croydon's referrals April to December 2013 (2,693)", () => {
    const referrals = croydonOverview.rows.find((r) => r.measure === "referrals")!;
    expect(csc.ytd(row(referrals.values), row(months), serial("2013-12-01"))).toBe(referrals.ytd);
  });

  it("takes a stock's latest month, never a sum: children on a plan in December 2013 (385)", () => {
    const cpp = croydonOverview.rows.find((r) => r.measure === "cpp")!;
    expect(csc.ytd(row(cpp.values), row(months), serial("2013-12-01"), "stock")).toBe(385);
  });

  it("sums new plans rather than copying December, the mistake in Croydon's own table", () => {
    const starts = croydonOverview.rows.find((r) => r.measure === "cpp_starts")!;
    expect(csc.ytd(row(starts.values), row(months), "Dec-13")).toBe(268);
  });

  it("accepts month labels as analysts type them", () => {
    expect(csc.ytd(row([10, 20, 30]), row(["Apr-15", "May-15", "Jun-15"]), "2015-05")).toBe(30);
  });

  it("starts the year where fy_start_month says", () => {
    expect(
      csc.ytd(row([10, 20, 30]), row(["Dec-15", "Jan-16", "Feb-16"]), "Feb-16", "flow", 1)
    ).toBe(50);
  });

  it("shows #N/A naming a month with no value inside the year to date", () => {
    expect(
      excelCall(() => csc.ytd(row([10, "", 30]), row(["Apr-15", "May-15", "Jun-15"]), "Jun-15"))
    ).toMatchObject({
      error: "#N/A",
      message: "2015/16 to Jun-15 has no value for May-15; a missing month is not 0.",
    });
  });

  it("refuses a month that appears twice, and an unknown kind", () => {
    expect(
      excelCall(() => csc.ytd(row([1, 2]), row(["Apr-15", "April 2015"]), "Apr-15"))
    ).toMatchObject({ error: "#VALUE!", message: "Apr-15 appears twice in months (cell 2)." });
    expect(excelCall(() => csc.ytd(row([1]), row(["Apr-15"]), "Apr-15", "snapshot"))).toMatchObject(
      { error: "#VALUE!" }
    );
  });

  it("refuses a month header it cannot read rather than guessing", () => {
    expect(excelCall(() => csc.ytd(row([1]), row(["04/05"]), "Apr-15"))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^Cell 1 of months: /),
    });
  });
});

describe("CSC.YTDPROPORTION", () => {
  it("reproduces Croydon's referrals leading to assessment, year to date December 2013 (85%)", () => {
    const months = croydonAssessment.months.map((m) => `${m}-01`);
    const result = csc.ytdProportion(
      row(croydonAssessment.referralsToAssessment),
      row(croydonAssessment.referrals),
      row(months),
      "2013-12-01"
    );
    expect(result).toBeCloseTo(2281 / 2693, 12);
    expect(Math.round(result * 100)).toBe(croydonAssessment.ytd.percent);
  });

  it("reproduces each month's published percentage when the year to date is one month long", () => {
    const months = croydonAssessment.months.map((m) => `${m}-01`);
    const april = csc.ytdProportion(
      row(croydonAssessment.referralsToAssessment),
      row(croydonAssessment.referrals),
      row(months),
      "2013-04-01"
    );
    expect(Math.round(april * 100)).toBe(croydonAssessment.percentMonth[0]);
  });
});

describe("CSC.FORECAST", () => {
  it("projects Thurrock's 208 missing incidents after 9 months to 277 for the year", () => {
    expect(Math.round(csc.forecast(208, 9))).toBe(277);
  });

  it("shows #NUM! when months elapsed is not 1 to 12", () => {
    expect(excelCall(() => csc.forecast(208, 0))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(() => csc.forecast(208, 2.5))).toMatchObject({ error: "#NUM!" });
  });
});

describe("CSC.REREFERRALRATE and CSC.REREFERRALS", () => {
  const ids = column(["A", "A", "B", "A", "C", 7, "7", "", "B"]);
  const dates = column([
    "2014-06-01",
    "2015-05-01",
    "2015-04-10",
    "2016-06-01",
    "2015-09-09",
    serial("2015-01-01"),
    serial("2015-12-31"),
    "",
    "2016-04-10",
  ]);

  it("flags referrals within 12 months of the same child's previous one, blank rows left blank", () => {
    expect(csc.rereferrals(ids, dates)).toEqual(
      column([false, true, false, false, false, false, true, "", true])
    );
  });

  it("rates the referrals in the period, counting earlier referrals before it", () => {
    // 2015/16: A (May-15, re), B (Apr-15), C, 7 (Dec-15, re), B (Apr-16 is outside) → 2 of 4.
    expect(csc.rereferralRate(ids, dates, "2015-04-01", serial("2016-03-31"))).toBeCloseTo(
      2 / 4,
      12
    );
  });

  it("reproduces England's 2024-25 re-referral rate (22.6%) from a synthetic list of that shape", () => {
    const latest = england.rereferrals.at(-1)!;
    const referrals = 6328;
    const repeats = 1429;
    const childIds: unknown[][] = [];
    const refDates: unknown[][] = [];
    // 6,328 referrals in the year, 1,429 of them a second referral of the same child.
    for (let i = 0; i < referrals - repeats; i++) {
      childIds.push([`C${i}`]);
      refDates.push([serial("2024-06-01")]);
      if (i < repeats) {
        childIds.push([`C${i}`]);
        refDates.push([serial("2025-02-01")]);
      }
    }
    const rate = csc.rereferralRate(childIds, refDates);
    expect(round(rate * 100, 1)).toBe(latest.percent);
  });

  it("shows #VALUE! for a referral without a child id, naming the cell", () => {
    expect(
      excelCall(() => csc.rereferralRate(column(["A", ""]), column(["2015-04-01", "2015-05-01"])))
    ).toMatchObject({
      error: "#VALUE!",
      message: "Cell 2 of child_ids is blank; every referral_dates needs a child id.",
    });
  });

  it("shows #VALUE! for text that is not a date, without guessing day and month", () => {
    expect(excelCall(() => csc.rereferrals(column(["A"]), column(["01/04/2015"])))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^Cell 1 of referral_dates is the text "01\/04\/2015", not a date/
      ),
    });
  });

  it("shows #N/A when no referral falls in the period", () => {
    expect(
      excelCall(() =>
        csc.rereferralRate(column(["A"]), column(["2015-04-01"]), "2016-04-01", "2017-03-31")
      )
    ).toMatchObject({ error: "#N/A" });
  });

  it("refuses a period that ends before it starts", () => {
    expect(
      excelCall(() =>
        csc.rereferralRate(column(["A"]), column(["2015-04-01"]), "2016-04-01", "2015-03-31")
      )
    ).toMatchObject({ error: "#VALUE!", message: "period_end is before period_start." });
  });
});

describe("CSC.REPEATPLANRATE", () => {
  it("counts a plan start as a repeat when the child had any earlier plan, however long ago", () => {
    const ids = column(["A", "A", "B", "C"]);
    const starts = column(["2009-01-01", "2015-06-01", "2015-07-01", "2015-08-01"]);
    expect(csc.repeatPlanRate(ids, starts, "2015-04-01", "2016-03-31")).toBeCloseTo(1 / 3, 12);
  });

  it("reproduces England's 2024-25 share of second or subsequent plans (24.5%) in shape", () => {
    const latest = england.repeatPlans.at(-1)!;
    const ids: unknown[][] = [];
    const starts: unknown[][] = [];
    for (let i = 0; i < 6184; i++) {
      ids.push([i]);
      starts.push([serial("2024-10-01")]);
      if (i < 1513) {
        ids.push([i]);
        starts.push([serial("2019-10-01")]);
      }
    }
    expect(round(csc.repeatPlanRate(ids, starts, "2024-04-01", "2025-03-31") * 100, 1)).toBe(
      latest.percent
    );
  });
});

describe("CSC.WORKINGDAYS and CSC.TIMELINESS", () => {
  it("counts working days after the start up to the end, skipping Easter 2019", () => {
    expect(csc.workingDays(serial("2019-04-18"), serial("2019-04-23"))).toBe(1);
    expect(csc.workingDays("2019-04-18", "2019-04-18")).toBe(0);
  });

  it("skips the 2022 Queen's funeral and the 2023 coronation", () => {
    expect(csc.workingDays("2022-09-16", "2022-09-20")).toBe(1);
    expect(csc.workingDays("2023-05-05", "2023-05-09")).toBe(1);
  });

  it("shows #VALUE! when the end is before the start", () => {
    expect(excelCall(() => csc.workingDays("2019-04-23", "2019-04-18"))).toMatchObject({
      error: "#VALUE!",
    });
  });

  it("measures the share within 45 working days, leaving open assessments out", () => {
    const starts = column(["2019-01-07", "2019-01-07", "2019-01-07", "2019-01-07"]);
    // 45 working days after Mon 7 Jan 2019 is Mon 11 Mar 2019.
    const ends = column(["2019-03-11", "2019-03-12", "", "2019-01-08"]);
    expect(csc.timeliness(starts, ends)).toBeCloseTo(2 / 3, 12);
    expect(csc.timeliness(starts, ends, 46)).toBe(1);
  });

  it("names the analyst's row when a completed pair ends before it starts", () => {
    expect(
      excelCall(() =>
        csc.timeliness(column(["2019-01-07", "2019-02-01"]), column(["", "2019-01-01"]))
      )
    ).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^Row 2: /),
    });
  });

  it("shows #N/A when nothing has been completed", () => {
    expect(excelCall(() => csc.timeliness(column(["2019-01-07"]), column([""])))).toMatchObject({
      error: "#N/A",
    });
  });
});

describe("CSC.VARIANCE", () => {
  it("gives points for percentages, and relative variance on request", () => {
    expect(csc.variance(29.3, 23.6)).toBeCloseTo(5.7, 12);
    expect(csc.variance(29.3, 23.6, true)).toBeCloseTo(5.7 / 23.6, 12);
  });

  it("shows #DIV/0! for a relative variance against 0", () => {
    expect(excelCall(() => csc.variance(3, 0, true))).toMatchObject({ error: "#DIV/0!" });
  });
});

describe("CSC.RAG", () => {
  it("rates against a target, green on the good side", () => {
    expect(csc.rag(20, [[22.6]], "lower")).toBe("Green");
    expect(csc.rag(23, [[22.6]], "L")).toBe("Amber"); // within 5% of 22.6
    expect(csc.rag(29.3, [[22.6]], "lower")).toBe("Red");
    expect(csc.rag(85, [[80]], "higher")).toBe("Green");
    expect(csc.rag(76, [[80]], "h")).toBe("Amber");
  });

  it("takes an absolute tolerance in points", () => {
    expect(csc.rag(25, [[22.6]], "lower", 3, "absolute")).toBe("Amber");
    expect(csc.rag(26, [[22.6]], "lower", 3, "absolute")).toBe("Red");
  });

  it("knows the tolerance types by the words the settings and comparators sheets take", () => {
    expect(csc.rag(25, [[22.6]], "lower", 3, "Points")).toBe("Amber");
    expect(csc.rag(26, [[22.6]], "lower", 3, "pp")).toBe("Red");
    expect(csc.rag(23, [[22.6]], "lower", 0.05, "%")).toBe("Amber");
    expect(excelCall(() => csc.rag(23, [[22.6]], "lower", 0.05, "quartile"))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/relative \(%\) or absolute \(points\)/),
    });
  });

  it("rates a range polarity against a band given as two cells", () => {
    expect(csc.rag(12, [[10, 15]], "range")).toBe("Green");
    expect(csc.rag(9.8, [[10, 15]], "R")).toBe("Amber");
    expect(csc.rag(25, [[10, 15]], "range")).toBe("Red");
  });

  it("shows #VALUE! for an unknown polarity or a range without a band", () => {
    expect(excelCall(() => csc.rag(1, [[2]], "up"))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/polarity is the text "up"/),
    });
    expect(excelCall(() => csc.rag(1, [[2]], "range"))).toMatchObject({ error: "#VALUE!" });
  });

  it("refuses a relative tolerance written as a whole number", () => {
    expect(excelCall(() => csc.rag(1, [[2]], "higher", 5))).toMatchObject({
      error: "#NUM!",
      message: "A relative tolerance is a fraction: write 5% or 0.05, not 5.",
    });
  });
});

describe("CSC.DOT", () => {
  it("is polarity-aware with a no-change threshold", () => {
    expect(csc.dot(22.1, 24.0, "lower")).toBe("Improving");
    expect(csc.dot(22.1, 24.0, "higher")).toBe("Worsening");
    expect(csc.dot(22.1, 22.4, "lower", 0.5)).toBe("No change");
  });

  it("refuses a range polarity, whose better direction depends on a band", () => {
    expect(excelCall(() => csc.dot(1, 2, "range"))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("CSC.FINYEAR", () => {
  it("labels the financial year of a date, April to March", () => {
    expect(csc.finYear(serial("2016-03-31"))).toBe("2015/16");
    expect(csc.finYear(serial("2016-04-01"))).toBe("2016/17");
    expect(csc.finYear("2016-02-01", 1)).toBe("2016");
  });

  it("shows #VALUE! for Excel's phantom 29 February 1900", () => {
    expect(excelCall(() => csc.finYear(60))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("CSC.SUPPRESS", () => {
  it("shows c for counts 1 to 5 and leaves 0 and larger counts alone", () => {
    expect([0, 1, 5, 6].map((v) => csc.suppress(v))).toEqual([0, "c", "c", 6]);
  });

  it("takes its own threshold and symbol, and keeps a blank blank", () => {
    expect(csc.suppress(9, 10, "*")).toBe("*");
    expect(csc.suppress("")).toBe("");
  });
});

describe("CSC.INDICATOR and CSC.INDICATORS", () => {
  it("reads a catalogue entry by id or name", () => {
    expect(csc.indicator("rereferral_pct")).toBe("Re-referrals within 12 months");
    expect(csc.indicator("Re-referrals within 12 months", "unit")).toBe("percent");
    expect(csc.indicator("REREFERRAL_PCT", "polarity")).toBe("lower");
  });

  it("suggests the nearest ids for an unknown one", () => {
    expect(excelCall(() => csc.indicator("rereferal_pct"))).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/Did you mean rereferral_pct/),
    });
  });

  it("spills the whole catalogue with a header row", () => {
    const table = csc.indicators();
    expect(table[0]).toEqual([
      "id",
      "name",
      "section",
      "unit",
      "polarity",
      "decimals",
      "definition",
      "source",
    ]);
    expect(table.map((r) => r[0])).toContain("assessment_45wd_pct");
    expect(new Set(table.map((r) => r.length))).toEqual(new Set([8]));
  });
});

describe("hostile or extreme cells", () => {
  it("refuses text that names Object's own properties as a polarity or a property", () => {
    expect(excelCall(() => csc.rag(5, [[3]], "constructor"))).toMatchObject({ error: "#VALUE!" });
    expect(excelCall(() => csc.dot(5, 3, "__proto__"))).toMatchObject({ error: "#VALUE!" });
    expect(excelCall(() => csc.indicator("rereferral_pct", "constructor"))).toMatchObject({
      error: "#VALUE!",
    });
    expect(excelCall(() => csc.indicator("rereferral_pct", "__proto__"))).toMatchObject({
      error: "#VALUE!",
    });
  });

  it("refuses numbers past what a number can hold rather than returning Infinity or NaN", () => {
    expect(excelCall(() => csc.variance("1e400", 3))).toMatchObject({ error: "#VALUE!" });
    expect(excelCall(() => csc.proportion([[1e308], [1e308]], [[1e308], [1e308]]))).toMatchObject({
      error: "#NUM!",
    });
    expect(excelCall(() => csc.rag(1.7e308, [[-1.7e308]], "L"))).toMatchObject({ error: "#N/A" });
  });

  it("shows #NUM! with a message for a result past what a number can hold", () => {
    const months = column(["Apr-15", "May-15"]);
    const overflows: [string, () => unknown][] = [
      ["RATEPER10K(1e308, 1)", () => csc.ratePer10k(1e308, 1)],
      ['RATEPER10K(1, "1e-320")', () => csc.ratePer10k(1, "1e-320")],
      ["FORECAST(1e308, 1)", () => csc.forecast(1e308, 1)],
      ["VARIANCE(1e308, -1e308)", () => csc.variance(1e308, -1e308)],
      ["VARIANCE(1, 1e-320, TRUE)", () => csc.variance(1, "1e-320", true)],
      ["YTD of two months of 1e308", () => csc.ytd(column([1e308, 1e308]), months, "May-15")],
      [
        "YTDPROPORTION of two months of 1e308",
        () => csc.ytdProportion(column([1e308, 1e308]), column([1e308, 1e308]), months, "May-15"),
      ],
      [
        "YTDPROPORTION over 1e-320",
        () => csc.ytdProportion(column([1, 0]), column(["1e-320", 0]), months, "May-15"),
      ],
      ["ROLLINGRATE of 1e308 a month", () => csc.rollingRate(row([1e308, 1e308]), 42_000, 2)],
    ];
    for (const [call, fn] of overflows) {
      expect([call, excelCall(fn)]).toEqual([
        call,
        { error: "#NUM!", message: expect.stringMatching(/too large|beyond the largest/) },
      ]);
    }
  });

  it("names a count too large to be real, and takes the largest real one", () => {
    expect(excelCall(() => csc.ratePer10k("1e13", 42_000))).toEqual({
      error: "#NUM!",
      message:
        "The count is 10000000000000, above 10^12: too large to be a real count of children or events.",
    });
    expect(csc.ratePer10k(1e12, 1e12)).toBe(10_000);
  });

  it("reads -0 as the 0 it shows", () => {
    expect(Object.is(csc.variance("-0", 0), 0)).toBe(true);
    expect(Object.is(csc.forecast("-0", 3), 0)).toBe(true);
  });
});

describe("every CSC function", () => {
  it("never returns NaN or Infinity, and fails only with Excel errors, for any Excel-shaped argument", () => {
    const cells: unknown[] = [
      "",
      null,
      undefined,
      0,
      -1,
      1,
      1e308,
      "x",
      "#N/A",
      true,
      "2015-04-01",
      42095,
      "Apr-15",
    ];
    const ranges = [[[""]], [[1, 2]], [[1], [2]], [["A"]], [[42095]]];
    const args = (n: number, i: number) =>
      Array.from({ length: n }, (_, k) =>
        k % 2 === 0 ? ranges[(i + k) % ranges.length] : cells[(i + k) % cells.length]
      );
    for (const [name, fn] of SYNC_ENTRIES) {
      for (let i = 0; i < 40; i++) {
        const result = excelCall(() => (fn as (...a: unknown[]) => unknown)(...args(fn.length, i)));
        if ("value" in result && typeof result.value === "number")
          expect(Number.isFinite(result.value)).toBe(true);
        if ("error" in result) expect(`${name}: ${result.message ?? ""}`).not.toBe(`${name}: `);
      }
    }
  });
});

describe("every CSC function at the edges of what a number holds", () => {
  const months = ["Apr-15", "May-15", "Jun-15"];
  const edgeCell = fc.oneof(
    { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
    { arbitrary: fc.constantFrom(...EDGE_NUMERIC_TEXT), weight: 2 },
    { arbitrary: edgeDouble, weight: 1 }
  );
  const cell = fc.oneof(
    { arbitrary: edgeCell, weight: 3 },
    { arbitrary: fc.constantFrom("", " ", "x", "#N/A", true, "5%", ...months, 42095), weight: 1 }
  );

  /**
   * A well-formed call of each function, whose numbers the property replaces with edge values, so
   * that the arithmetic is reached rather than the argument checks.
   */
  const WELL_FORMED: Record<string, readonly (readonly unknown[])[]> = {
    ratePer10k: [[469, 42_000]],
    rollingRate: [
      [row([40, 41, 39, 44, 38, 40, 42, 37, 45, 40, 39, 41]), 42_000],
      [row([40, 41, 39]), 42_000, 3],
    ],
    proportion: [[column([6, 10]), column([162, 200])]],
    ytd: [
      [column([10, 20, 30]), column(months), "Jun-15"],
      [column([10, 20, 30]), column(months), "Jun-15", "stock", 4],
    ],
    ytdProportion: [[column([5, 6, 7]), column([10, 20, 30]), column(months), "Jun-15"]],
    forecast: [[208, 9]],
    rereferralRate: [[column(["A", "B", "A"]), column([42095, 42200, 42300])]],
    rereferrals: [[column(["A", "B", "A"]), column([42095, 42200, 42300])]],
    repeatPlanRate: [[column(["A", "B", "A"]), column([42095, 42200, 42300]), 42095, 42400]],
    workingDays: [[42095, 42100]],
    timeliness: [[column([42095, 42100]), column([42120, 42200]), 45]],
    variance: [
      [29.3, 23.6],
      [29.3, 23.6, true],
    ],
    rag: [
      [29.3, [[23.6]], "lower", 0.05],
      [12, [[10], [15]], "range", 2, "absolute"],
    ],
    dot: [[22.1, 24.0, "lower", 0.5]],
    finYear: [[42460, 4]],
    suppress: [[3, 5, "c"]],
    indicator: [["rereferral_pct", "decimals"]],
    indicators: [[]],
    benchmark: [
      ["rereferral_pct", 874, "england", 2025],
      ["lac_per10k", "874", "rank", 2024],
    ],
    snAverage: [
      ["rereferral_pct", 874, 2025, "mean"],
      ["sw_caseload", "874", 2025, "pooled"],
    ],
  };

  /** The call with its numbers, in reading order, replaced where `replacements` gives one. */
  function withNumbers(call: readonly unknown[], replacements: readonly unknown[]) {
    let next = 0;
    const replace = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(replace);
      if (typeof value !== "number") return value;
      return replacements[next++] ?? value;
    };
    return call.map(replace);
  }
  const numberCount = (call: readonly unknown[]): number =>
    call.flat(2).filter((v) => typeof v === "number").length;

  /** Arguments for one call in any shape: scalars, and ranges of one height so pairs line up. */
  const anyArgs = (count: number) =>
    fc.integer({ min: 1, max: 3 }).chain((rows) => {
      const range = fc.oneof(
        fc.array(cell, { minLength: rows, maxLength: rows }).map(column),
        fc.constant(column(months.slice(0, rows))),
        fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 })
      );
      return fc.array(fc.oneof(cell, range), { minLength: count, maxLength: count });
    });

  /** A finite number (or cells of them) or an Excel error with a message: nothing else. */
  function expectFiniteOrExcelError(fn: unknown, args: readonly unknown[]): void {
    const result = excelCall(() => (fn as (...a: unknown[]) => unknown)(...args));
    if ("error" in result) {
      expect(result.message ?? "").not.toBe("");
      return;
    }
    const values: unknown[] = Array.isArray(result.value) ? result.value.flat(2) : [result.value];
    for (const value of values) {
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
    }
  }

  it("has a well-formed call for every function", () => {
    expect(Object.keys(WELL_FORMED).sort()).toEqual(Object.keys(csc).sort());
  });

  it.each(SYNC_ENTRIES)(
    "%s gives a finite number or an Excel error with a message when its numbers are at the edges",
    (name, fn) => {
      const calls = WELL_FORMED[name] ?? [];
      const arbitrary = fc.constantFrom(...calls).chain((call) =>
        fc
          .array(fc.option(edgeCell, { freq: 2 }), {
            minLength: numberCount(call),
            maxLength: numberCount(call),
          })
          .map((replacements) => withNumbers(call, replacements))
      );
      fc.assert(
        fc.property(arbitrary, (args) => expectFiniteOrExcelError(fn, args)),
        { numRuns: 300 }
      );
    }
  );

  it.each(SYNC_ENTRIES)(
    "%s gives a finite number or an Excel error with a message for any arguments of edge values",
    (_, fn) => {
      fc.assert(
        fc.property(anyArgs(fn.length), (args) => expectFiniteOrExcelError(fn, args)),
        { numRuns: 300 }
      );
    }
  );

  it.each(ASYNC_ENTRIES)(
    "%s resolves to a finite number or rejects with an Excel error with a message, for well-formed calls at the edges and any arguments",
    async (name, fn) => {
      const settle = async (args: readonly unknown[]) => {
        try {
          const value = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(CustomFunctions.Error);
          expect((thrown as CustomFunctions.Error).message ?? "").not.toBe("");
        }
      };
      const calls = WELL_FORMED[name] ?? [];
      const edges = fc.constantFrom(...calls).chain((call) =>
        fc
          .array(fc.option(edgeCell, { freq: 2 }), {
            minLength: numberCount(call),
            maxLength: numberCount(call),
          })
          .map((replacements) => withNumbers(call, replacements))
      );
      await fc.assert(fc.asyncProperty(edges, settle), { numRuns: 100 });
      await fc.assert(fc.asyncProperty(anyArgs(fn.length), settle), { numRuns: 100 });
    }
  );
});

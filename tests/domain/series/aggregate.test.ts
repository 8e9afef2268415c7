import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { measureDataFrom, monthlyValues } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";
import { stocksAt, sumFlows } from "../../../src/domain/series/aggregate";
import { buildMeasureTable } from "../../../src/domain/series/measure-table";

const APR = monthKey(2013, 4);

describe("sumFlows", () => {
  const data = new Map([
    ["referrals", monthlyValues(APR, [324, 353, 251])],
    ["referrals_to_assessment", monthlyValues(APR, [291, null, 217])],
  ]);
  const table = buildMeasureTable(data, MEASURES);

  it("leaves a month missing on either side out of both totals and names it", () => {
    const result = sumFlows(table, ["referrals_to_assessment", "referrals"], {
      from: APR,
      to: monthKey(2013, 6),
    });
    expect(result.totals).toEqual([291 + 217, 324 + 251]);
    expect(result.monthsPresent).toBe(2);
    expect(result.missingMonths).toEqual([monthKey(2013, 5)]);
  });

  it("counts months before the data as missing", () => {
    const result = sumFlows(table, ["referrals"], { from: monthKey(2013, 1), to: APR });
    expect(result.missingMonths).toHaveLength(3);
    expect(result.totals).toEqual([324]);
  });
});

describe("stocksAt", () => {
  it("reads month-end values and reports a missing month", () => {
    const table = buildMeasureTable(measureDataFrom({ lac: [[APR, 727]] }), MEASURES);
    expect(stocksAt(table, ["lac"], APR)).toEqual({ values: [727], missingMonths: [] });
    expect(stocksAt(table, ["lac"], monthKey(2013, 5))).toEqual({
      values: null,
      missingMonths: [monthKey(2013, 5)],
    });
  });
});

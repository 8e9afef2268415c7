import fc from "fast-check";
import { monthKey, type MonthKey } from "../../../src/domain/period/month";
import {
  seriesYearToDate,
  seriesYearToDateProportion,
} from "../../../src/domain/series/series-year-to-date";
import { codeOf, edgeDouble, expectFiniteOrError } from "../../support/edge-numbers";

const APR = monthKey(2015, 4);
const months = (values: readonly number[]): Map<MonthKey, number> =>
  new Map(values.map((v, i) => [(APR + i) as MonthKey, v]));

describe("years to date at the edges", () => {
  it("refuses a year to date past what a number holds", () => {
    expect(codeOf(seriesYearToDate(months([1e308, 1e308]), "flow", monthKey(2015, 5)))).toBe(
      "INVALID_NUMBER"
    );
    expect(
      codeOf(
        seriesYearToDateProportion(
          months([1e308, 1e308]),
          months([1e308, 1e308]),
          monthKey(2015, 5)
        )
      )
    ).toBe("INVALID_NUMBER");
    expect(codeOf(seriesYearToDateProportion(months([1]), months([1e-320]), APR))).toBe(
      "INVALID_NUMBER"
    );
  });

  it("is a finite number or an error for any monthly values", () => {
    const series = fc.array(edgeDouble, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        series,
        series,
        fc.constantFrom("flow" as const, "stock" as const),
        (a, b, kind) => {
          const to = (APR + a.length - 1) as MonthKey;
          expectFiniteOrError(seriesYearToDate(months(a), kind, to));
          expectFiniteOrError(seriesYearToDateProportion(months(a), months(b), to));
        }
      )
    );
  });
});

import {
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  monthsElapsedInYear,
  monthsOfFinancialYear,
} from "../../../src/domain/period/financial-year";
import { formatMonth, monthKey } from "../../../src/domain/period/month";

describe("financial years", () => {
  it("places January to March in the year that started the April before", () => {
    expect(financialYearOf(monthKey(2016, 3))).toBe(2015);
    expect(financialYearOf(monthKey(2016, 4))).toBe(2016);
  });

  it("labels a year the way the DfE does, and a January start as a calendar year", () => {
    expect(financialYearLabel(2015)).toBe("2015/16");
    expect(financialYearLabel(1999)).toBe("1999/00");
    expect(financialYearLabel(2015, 1)).toBe("2015");
  });

  it("counts months elapsed from the start month inclusive", () => {
    expect(monthsElapsedInYear(monthKey(2015, 4))).toBe(1);
    expect(monthsElapsedInYear(monthKey(2015, 12))).toBe(9);
    expect(monthsElapsedInYear(monthKey(2016, 3))).toBe(12);
    expect(monthsElapsedInYear(monthKey(2016, 3), 9)).toBe(7);
  });

  it("lists the twelve months of a year in order", () => {
    expect(monthsOfFinancialYear(2015).map(formatMonth)).toEqual([
      "Apr-15",
      "May-15",
      "Jun-15",
      "Jul-15",
      "Aug-15",
      "Sep-15",
      "Oct-15",
      "Nov-15",
      "Dec-15",
      "Jan-16",
      "Feb-16",
      "Mar-16",
    ]);
    expect(formatMonth(financialYearStart(monthKey(2016, 2)))).toBe("Apr-15");
  });

  it("refuses a start month that is not a month", () => {
    expect(() => financialYearOf(monthKey(2016, 3), 13)).toThrow(RangeError);
  });
});

import fc from "fast-check";
import { addMonths, monthKey, type MonthKey } from "../../../src/domain/period/month";
import { financialQuarter, quarterWindow, windowLength } from "../../../src/domain/series/window";

describe("the financial quarter so far", () => {
  it("counts quarters from the financial year's start: April to June is quarter 1", () => {
    expect(quarterWindow(monthKey(2015, 6))).toEqual({
      from: monthKey(2015, 4),
      to: monthKey(2015, 6),
    });
    expect(quarterWindow(monthKey(2015, 12))).toEqual({
      from: monthKey(2015, 10),
      to: monthKey(2015, 12),
    });
    expect(quarterWindow(monthKey(2016, 2))).toEqual({
      from: monthKey(2016, 1),
      to: monthKey(2016, 2),
    });
    expect(financialQuarter(monthKey(2015, 12))).toBe(3);
    expect(financialQuarter(monthKey(2016, 3))).toBe(4);
  });

  it("follows another financial year start (January: calendar quarters)", () => {
    expect(quarterWindow(monthKey(2015, 5), 1)).toEqual({
      from: monthKey(2015, 4),
      to: monthKey(2015, 5),
    });
    expect(financialQuarter(monthKey(2015, 5), 1)).toBe(2);
  });

  it("is one to three months inside one quarter, whole in the quarter's last month, for any month and start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990 * 12, max: 2100 * 12 }),
        fc.integer({ min: 1, max: 12 }),
        (raw, start) => {
          const month = monthKey(Math.floor(raw / 12), (raw % 12) + 1);
          const window = quarterWindow(month, start);
          const length = windowLength(window);
          expect(length).toBeGreaterThanOrEqual(1);
          expect(length).toBeLessThanOrEqual(3);
          expect(window.to).toBe(month);
          const quarter = financialQuarter(month, start);
          for (let m: MonthKey = window.from; m <= window.to; m = addMonths(m, 1)) {
            expect(financialQuarter(m, start)).toBe(quarter);
          }
          expect(financialQuarter(addMonths(window.from, -1), start)).not.toBe(quarter);
          if (length === 3) expect(financialQuarter(addMonths(month, 1), start)).not.toBe(quarter);
        }
      )
    );
  });
});

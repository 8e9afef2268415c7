import { monthKey } from "../../../src/domain/period/month";
import { rolling12Window, windowLength, yearToDateWindow } from "../../../src/domain/series/window";

describe("windows", () => {
  it("starts the year to date in April", () => {
    expect(yearToDateWindow(monthKey(2016, 2))).toEqual({
      from: monthKey(2015, 4),
      to: monthKey(2016, 2),
    });
    expect(yearToDateWindow(monthKey(2015, 4))).toEqual({
      from: monthKey(2015, 4),
      to: monthKey(2015, 4),
    });
  });

  it("honours another financial year start", () => {
    expect(yearToDateWindow(monthKey(2016, 2), 1).from).toBe(monthKey(2016, 1));
  });

  it("covers twelve months in a rolling year", () => {
    const window = rolling12Window(monthKey(2015, 5));
    expect(window.from).toBe(monthKey(2014, 6));
    expect(windowLength(window)).toBe(12);
  });
});

import fc from "fast-check";
import {
  addCalendarMonths,
  addDays,
  civilDate,
  civilDateFromJsDate,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isCivilDate,
  isLeapYear,
  isValidDate,
  monthKeyOfDate,
  partsOf,
  yearOfDate,
  type CivilDate,
} from "../../../src/domain/calendar/civil-date";
import { monthKey } from "../../../src/domain/period/month";

const MS_PER_DAY = 86_400_000;

describe("civil dates", () => {
  it("counts days from 1 January 1970", () => {
    expect(civilDate(1970, 1, 1)).toBe(0);
    expect(civilDate(1970, 1, 2)).toBe(1);
    expect(civilDate(1969, 12, 31)).toBe(-1);
    expect(civilDate(2000, 3, 1)).toBe(11017);
    expect(civilDate(1900, 1, 1)).toBe(-25567);
  });

  it("agrees with the UTC day count of JavaScript Dates from 1600 to 2400", () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.UTC(1600, 0, 1) / MS_PER_DAY,
          max: Date.UTC(2400, 0, 1) / MS_PER_DAY,
        }),
        (n) => {
          const js = new Date(n * MS_PER_DAY);
          const date = n as CivilDate;
          expect(partsOf(date)).toEqual({
            year: js.getUTCFullYear(),
            month: js.getUTCMonth() + 1,
            day: js.getUTCDate(),
          });
          expect(civilDate(js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate())).toBe(n);
          expect(dayOfWeek(date)).toBe(js.getUTCDay() === 0 ? 7 : js.getUTCDay());
        }
      )
    );
  });

  it("knows the Gregorian leap years and month lengths", () => {
    expect([1900, 2000, 2015, 2016, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2015, 4)).toBe(30);
    expect(daysInMonth(2015, 12)).toBe(31);
  });

  it("refuses impossible dates", () => {
    expect(isValidDate(2015, 2, 29)).toBe(false);
    expect(isValidDate(2015, 13, 1)).toBe(false);
    expect(isValidDate(2015, 4, 0)).toBe(false);
    expect(isValidDate(2015, 4.5, 1)).toBe(false);
    expect(() => civilDate(2015, 2, 29)).toThrow(RangeError);
  });

  it("names weekdays the ISO way, Monday 1 to Sunday 7", () => {
    expect(dayOfWeek(civilDate(1970, 1, 1))).toBe(4);
    expect(dayOfWeek(civilDate(2015, 4, 6))).toBe(1);
    expect(dayOfWeek(civilDate(2015, 4, 5))).toBe(7);
    expect(dayOfWeek(civilDate(1900, 1, 1))).toBe(1);
  });

  it("adds days across month and year ends", () => {
    expect(addDays(civilDate(2015, 12, 31), 1)).toBe(civilDate(2016, 1, 1));
    expect(addDays(civilDate(2016, 2, 28), 1)).toBe(civilDate(2016, 2, 29));
    expect(daysBetween(civilDate(2015, 4, 1), civilDate(2016, 4, 1))).toBe(366);
  });

  it("adds calendar months the way Excel's EDATE does, clamping to the month's last day", () => {
    expect(addCalendarMonths(civilDate(2016, 2, 29), -12)).toBe(civilDate(2015, 2, 28));
    expect(addCalendarMonths(civilDate(2016, 2, 29), 12)).toBe(civilDate(2017, 2, 28));
    expect(addCalendarMonths(civilDate(2015, 3, 31), -1)).toBe(civilDate(2015, 2, 28));
    expect(addCalendarMonths(civilDate(2015, 4, 15), -12)).toBe(civilDate(2014, 4, 15));
    expect(addCalendarMonths(civilDate(2015, 1, 31), 1)).toBe(civilDate(2015, 2, 28));
    expect(addCalendarMonths(civilDate(2015, 12, 5), 1)).toBe(civilDate(2016, 1, 5));
  });

  it("formats as an ISO date and finds the year and month", () => {
    expect(formatIsoDate(civilDate(2015, 4, 1))).toBe("2015-04-01");
    expect(formatIsoDate(civilDate(999, 12, 9))).toBe("0999-12-09");
    expect(yearOfDate(civilDate(2016, 3, 31))).toBe(2016);
    expect(monthKeyOfDate(civilDate(2016, 3, 31))).toBe(monthKey(2016, 3));
  });

  it("reads a JavaScript Date by its UTC day, whatever the machine's zone", () => {
    expect(civilDateFromJsDate(new Date(Date.UTC(2015, 3, 1)))).toBe(civilDate(2015, 4, 1));
    expect(civilDateFromJsDate(new Date("2015-03-31T23:30:00Z"))).toBe(civilDate(2015, 3, 31));
    expect(civilDateFromJsDate(new Date(Date.UTC(2015, 9, 25, 1)))).toBe(civilDate(2015, 10, 25));
    expect(civilDateFromJsDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("tells whole day numbers from blanks", () => {
    expect(isCivilDate(16526)).toBe(true);
    expect(isCivilDate(undefined)).toBe(false);
    expect(isCivilDate(Number.NaN)).toBe(false);
    expect(isCivilDate(1.5)).toBe(false);
    expect(isCivilDate("2015-04-01")).toBe(false);
  });
});

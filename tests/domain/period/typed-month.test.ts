import fc from "fast-check";
import { dateFormatShowsYear } from "../../../src/domain/cell/number-format";
import { civilDateToExcelSerial } from "../../../src/domain/period/excel-serial";
import { monthKey } from "../../../src/domain/period/month";
import { typedMonth } from "../../../src/domain/period/typed-month";
import { civilDate, daysInMonth } from "../../../src/domain/calendar/civil-date";

const serialOf = (year: number, month: number, day: number) => {
  const serial = civilDateToExcelSerial(civilDate(year, month, day));
  if (!serial.ok) throw new Error("no serial");
  return serial.value;
};

describe("a month typed as Apr-15 that Excel stored as a day of this year", () => {
  it("reads 15 April of any year, shown d-mmm, as April 2015", () => {
    expect(typedMonth(serialOf(2026, 4, 15), "d-mmm")).toBe(monthKey(2015, 4));
    expect(typedMonth(serialOf(2031, 4, 15), "[$-en-GB]d-mmm")).toBe(monthKey(2015, 4));
  });

  it("takes the year from the day by Excel's two-digit rule: 00–29 are 2000s, 30 and 31 the 1930s", () => {
    expect(typedMonth(serialOf(2026, 3, 29), "d-mmm")).toBe(monthKey(2029, 3));
    expect(typedMonth(serialOf(2026, 3, 31), "dd-mmm")).toBe(monthKey(1931, 3));
    expect(typedMonth(serialOf(2026, 1, 1), "d-mmm")).toBe(monthKey(2001, 1));
  });

  it("leaves a date whose format shows its year as the date it is", () => {
    for (const format of ["mmm-yy", "d-mmm-yyyy", "dd/mm/yyyy", "mmmm yyyy", "General", "0"]) {
      expect(typedMonth(serialOf(2015, 4, 1), format)).toBeNull();
    }
  });

  it("gives, for every day of every month shown without a year, that month and the day's year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom("d-mmm", "dd-mmm", "mmm d", "d mmmm", '[$-809]d"-"mmm'),
        (year, month, day, format) => {
          fc.pre(day <= daysInMonth(year, month));
          const read = typedMonth(serialOf(year, month, day), format);
          expect(read).toBe(monthKey(day < 30 ? 2000 + day : 1900 + day, month));
        }
      )
    );
  });
});

describe("whether a date format shows the year", () => {
  it("finds a y code outside quotes, escapes and brackets", () => {
    expect(dateFormatShowsYear("mmm-yy")).toBe(true);
    expect(dateFormatShowsYear("d-mmm")).toBe(false);
    expect(dateFormatShowsYear('d-mmm "y"')).toBe(false);
    expect(dateFormatShowsYear("d-mmm \\y")).toBe(false);
    expect(dateFormatShowsYear("[$-en-GB]d-mmm")).toBe(false);
  });
});

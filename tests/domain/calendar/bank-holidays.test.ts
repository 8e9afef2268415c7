import {
  bankHolidayDays,
  bankHolidaysIn,
  checkInHolidayRange,
  easterSunday,
  isBankHoliday,
  BANK_HOLIDAY_FIRST_YEAR,
  BANK_HOLIDAY_LAST_YEAR,
} from "../../../src/domain/calendar/bank-holidays";
import {
  civilDate,
  dayOfWeek,
  formatIsoDate,
  partsOf,
} from "../../../src/domain/calendar/civil-date";

function datesIn(year: number): string[] {
  const result = bankHolidaysIn(year);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value.map((holiday) => formatIsoDate(holiday.date));
}

// Lists as published by the UK government for England and Wales, typed in by hand.
const PUBLISHED: Record<number, string[]> = {
  2000: ["01-03", "04-21", "04-24", "05-01", "05-29", "08-28", "12-25", "12-26"],
  2002: ["01-01", "03-29", "04-01", "05-06", "06-03", "06-04", "08-26", "12-25", "12-26"],
  2004: ["01-01", "04-09", "04-12", "05-03", "05-31", "08-30", "12-27", "12-28"],
  2010: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
  2011: ["01-03", "04-22", "04-25", "04-29", "05-02", "05-30", "08-29", "12-26", "12-27"],
  2012: ["01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"],
  2015: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
  2016: ["01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"],
  2019: ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
  2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
  2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
  2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
  2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
  2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
  2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
};

describe("England and Wales bank holidays", () => {
  it.each(Object.entries(PUBLISHED))("matches the published list for %s", (year, dates) => {
    expect(datesIn(Number(year))).toEqual(dates.map((date) => `${year}-${date}`));
  });

  it("names each holiday, marking substitute days", () => {
    const result = bankHolidaysIn(2022);
    expect(result.ok && result.value.map((holiday) => holiday.name)).toEqual([
      "New Year's Day (substitute day)",
      "Good Friday",
      "Easter Monday",
      "Early May bank holiday",
      "Spring bank holiday",
      "Platinum Jubilee",
      "Summer bank holiday",
      "State funeral of Queen Elizabeth II",
      "Boxing Day",
      "Christmas Day (substitute day)",
    ]);
  });

  it("finds Easter Sunday for known years", () => {
    const known = [
      "2000-04-23",
      "2008-03-23",
      "2011-04-24",
      "2019-04-21",
      "2024-03-31",
      "2035-03-25",
    ];
    for (const iso of known) {
      expect(formatIsoDate(easterSunday(Number(iso.slice(0, 4))))).toBe(iso);
    }
  });

  it("puts every holiday on a weekday, eight a year except the one-off years", () => {
    for (let year = BANK_HOLIDAY_FIRST_YEAR; year <= BANK_HOLIDAY_LAST_YEAR; year++) {
      const result = bankHolidaysIn(year);
      if (!result.ok) throw new Error(result.error.detail);
      const extra = { 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1 }[year] ?? 0;
      expect(result.value).toHaveLength(8 + extra);
      for (const holiday of result.value) {
        expect(dayOfWeek(holiday.date)).toBeLessThanOrEqual(5);
        expect(partsOf(holiday.date).year).toBe(year);
      }
    }
  });

  it("answers whether a day is a holiday", () => {
    expect(isBankHoliday(civilDate(2022, 9, 19))).toEqual({ ok: true, value: true });
    expect(isBankHoliday(civilDate(2020, 5, 8))).toEqual({ ok: true, value: true });
    expect(isBankHoliday(civilDate(2020, 5, 4))).toEqual({ ok: true, value: false });
    expect(isBankHoliday(civilDate(2021, 12, 25))).toEqual({ ok: true, value: false });
    expect(isBankHoliday(civilDate(2021, 12, 27))).toEqual({ ok: true, value: true });
    expect(isBankHoliday(civilDate(2000, 1, 3))).toEqual({ ok: true, value: true });
    expect(isBankHoliday(civilDate(2035, 12, 31))).toEqual({ ok: true, value: false });
  });

  it("refuses years whose holidays are unknown rather than reporting none", () => {
    for (const year of [1999, 2036, 2015.5]) {
      const result = bankHolidaysIn(year);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("INVALID_INPUT");
    }
    const millennium = isBankHoliday(civilDate(1999, 12, 31));
    expect(millennium.ok).toBe(false);
    if (!millennium.ok) expect(millennium.error.detail).toContain("1999-12-31");
    expect(isBankHoliday(civilDate(2036, 1, 1)).ok).toBe(false);
    expect(checkInHolidayRange(Number.NaN as never, "The start date")).toEqual({
      ok: false,
      error: { code: "INVALID_INPUT", detail: "The start date is empty or not a date." },
    });
  });

  it("keeps every holiday of the range in one ascending list", () => {
    const days = bankHolidayDays();
    expect(days[0]).toBe(civilDate(2000, 1, 3));
    expect(days[days.length - 1]).toBe(civilDate(2035, 12, 26));
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] ?? Infinity);
  });
});

import fc from "fast-check";
import { isBankHoliday } from "../../../src/domain/calendar/bank-holidays";
import {
  addDays,
  civilDate,
  dayOfWeek,
  type CivilDate,
} from "../../../src/domain/calendar/civil-date";
import {
  timeliness,
  workingDaysBetween,
  type DatePair,
} from "../../../src/domain/calendar/working-days";

function days(start: CivilDate, end: CivilDate): number {
  const result = workingDaysBetween(start, end);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

function countByWalking(start: CivilDate, end: CivilDate): number {
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    const holiday = isBankHoliday(day);
    if (dayOfWeek(day) <= 5 && holiday.ok && !holiday.value) count++;
  }
  return count;
}

const FIRST = civilDate(2000, 1, 1);
const LAST = civilDate(2035, 12, 31);
const anyDate = fc.integer({ min: FIRST, max: LAST }).map((n) => n as CivilDate);

describe("working days between two dates", () => {
  it("counts nothing on the same day and one from Friday to Monday", () => {
    expect(days(civilDate(2019, 3, 6), civilDate(2019, 3, 6))).toBe(0);
    expect(days(civilDate(2019, 3, 8), civilDate(2019, 3, 11))).toBe(1);
    expect(days(civilDate(2019, 3, 8), civilDate(2019, 3, 9))).toBe(0);
    expect(days(civilDate(2019, 3, 9), civilDate(2019, 3, 10))).toBe(0);
    expect(days(civilDate(2019, 3, 9), civilDate(2019, 3, 11))).toBe(1);
    expect(days(civilDate(2019, 3, 4), civilDate(2019, 3, 11))).toBe(5);
  });

  it("skips Good Friday and Easter Monday", () => {
    expect(days(civilDate(2019, 4, 18), civilDate(2019, 4, 23))).toBe(1);
    expect(days(civilDate(2019, 4, 1), civilDate(2019, 4, 30))).toBe(19);
  });

  it("skips Christmas, Boxing Day and their substitute days", () => {
    expect(days(civilDate(2020, 12, 24), civilDate(2020, 12, 29))).toBe(1);
    expect(days(civilDate(2022, 12, 23), civilDate(2022, 12, 28))).toBe(1);
    expect(days(civilDate(2021, 12, 24), civilDate(2022, 1, 4))).toBe(4);
  });

  it("skips the one-off holidays of jubilee years", () => {
    expect(days(civilDate(2022, 6, 1), civilDate(2022, 6, 6))).toBe(1);
    expect(days(civilDate(2022, 9, 16), civilDate(2022, 9, 20))).toBe(1);
  });

  it("counts a start on a holiday or weekend from the next working day", () => {
    expect(days(civilDate(2019, 12, 25), civilDate(2019, 12, 27))).toBe(1);
    expect(days(civilDate(2019, 4, 20), civilDate(2019, 4, 23))).toBe(1);
  });

  it("refuses an end before the start", () => {
    expect(workingDaysBetween(civilDate(2019, 4, 3), civilDate(2019, 4, 1))).toEqual({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        detail: "The end date 2019-04-01 is before the start date 2019-04-03.",
      },
    });
  });

  it("refuses dates whose bank holidays are unknown", () => {
    const early = workingDaysBetween(civilDate(1999, 12, 1), civilDate(2000, 1, 10));
    expect(early.ok).toBe(false);
    if (!early.ok)
      expect(early.error.detail).toMatch(/^The start date 1999-12-01 is outside 2000–2035/);
    const late = workingDaysBetween(civilDate(2035, 12, 1), civilDate(2036, 1, 10));
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.detail).toMatch(/^The end date 2036-01-10/);
    expect(workingDaysBetween(Number.NaN as CivilDate, civilDate(2020, 1, 1)).ok).toBe(false);
  });

  it("agrees with walking the calendar day by day", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 800 }), (start, span) => {
        const end = Math.min(start + span, LAST) as CivilDate;
        expect(days(start, end)).toBe(countByWalking(start, end));
      }),
      { numRuns: 300 }
    );
  });

  it("adds up over consecutive spans and never exceeds the calendar days", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [CivilDate, CivilDate, CivilDate];
        expect(days(a, c)).toBe(days(a, b) + days(b, c));
        expect(days(a, c)).toBeLessThanOrEqual(c - a);
        expect(days(a, c)).toBeGreaterThanOrEqual(0);
      })
    );
  });
});

describe("timeliness", () => {
  const start = civilDate(2019, 1, 7);
  const onTheDay: DatePair = { start, end: civilDate(2019, 3, 11) };
  const dayLate: DatePair = { start, end: civilDate(2019, 3, 12) };

  it("counts a pair finished on exactly the 45th working day as within the limit", () => {
    expect(days(onTheDay.start, onTheDay.end)).toBe(45);
    expect(days(dayLate.start, dayLate.end)).toBe(46);
    expect(timeliness([onTheDay, dayLate, { start, end: start }, dayLate])).toEqual({
      ok: true,
      value: { within: 2, total: 4, proportion: 0.5 },
    });
  });

  it("takes another limit", () => {
    expect(timeliness([onTheDay, dayLate], 46)).toEqual({
      ok: true,
      value: { within: 2, total: 2, proportion: 1 },
    });
    expect(timeliness([onTheDay, dayLate], 0)).toEqual({
      ok: true,
      value: { within: 0, total: 2, proportion: 0 },
    });
  });

  it("names the first bad pair by its position", () => {
    const result = timeliness([onTheDay, { start: civilDate(2019, 3, 12), end: start }]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        detail: "Pair 2: the end date 2019-01-07 is before the start date 2019-03-12.",
      },
    });
    const blank = timeliness([
      onTheDay,
      onTheDay,
      { start: undefined as unknown as CivilDate, end: start },
    ]);
    expect(blank.ok === false && blank.error.detail).toBe(
      "Pair 3: the start date is empty or not a date."
    );
  });

  it("reports no data for no pairs and refuses a limit that is not a whole number", () => {
    const none = timeliness([]);
    expect(none.ok === false && none.error.code).toBe("NO_DATA");
    const odd = timeliness([onTheDay], 4.5);
    expect(odd.ok === false && odd.error.code).toBe("INVALID_INPUT");
  });
});

import { fail, ok, type Calc } from "../result/calc";
import {
  addDays,
  civilDate,
  dayOfWeek,
  formatIsoDate,
  isCivilDate,
  yearOfDate,
  FRIDAY,
  MONDAY,
  SATURDAY,
  SUNDAY,
  type CivilDate,
} from "./civil-date";

/**
 * England and Wales bank holidays are computed by rule for these years, with every one-off change
 * proclaimed so far. Outside them the answer is unknown rather than "no holidays": later one-offs
 * (jubilees, state funerals) are announced only months ahead, and 1999's millennium day is not here.
 */
export const BANK_HOLIDAY_FIRST_YEAR = 2000;
export const BANK_HOLIDAY_LAST_YEAR = 2035;
export const BANK_HOLIDAY_FIRST_DATE: CivilDate = civilDate(BANK_HOLIDAY_FIRST_YEAR, 1, 1);
export const BANK_HOLIDAY_LAST_DATE: CivilDate = civilDate(BANK_HOLIDAY_LAST_YEAR, 12, 31);

export interface BankHoliday {
  readonly date: CivilDate;
  readonly name: string;
}

const SUBSTITUTE = " (substitute day)";

/** Years whose Spring bank holiday moved from the last Monday of May, to make a long jubilee weekend. */
const SPRING_MOVED: ReadonlyMap<number, CivilDate> = new Map([
  [2002, civilDate(2002, 6, 4)],
  [2012, civilDate(2012, 6, 4)],
  [2022, civilDate(2022, 6, 2)],
]);

/** 2020's Early May holiday moved to Friday 8 May for the 75th anniversary of VE Day. */
const EARLY_MAY_MOVED: ReadonlyMap<number, CivilDate> = new Map([[2020, civilDate(2020, 5, 8)]]);

const ONE_OFFS: readonly BankHoliday[] = [
  { date: civilDate(2002, 6, 3), name: "Golden Jubilee" },
  { date: civilDate(2011, 4, 29), name: "Royal wedding" },
  { date: civilDate(2012, 6, 5), name: "Diamond Jubilee" },
  { date: civilDate(2022, 6, 3), name: "Platinum Jubilee" },
  { date: civilDate(2022, 9, 19), name: "State funeral of Queen Elizabeth II" },
  { date: civilDate(2023, 5, 8), name: "Coronation of King Charles III" },
];

/**
 * Easter Sunday in the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm).
 * @example easterSunday(2019) // civilDate(2019, 4, 21)
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return civilDate(year, Math.floor(monthAndDay / 31), (monthAndDay % 31) + 1);
}

/**
 * The bank holidays of one year in England and Wales, in date order, each with its name.
 * @example bankHolidaysIn(2020) // ok([{ date: 2020-01-01, name: "New Year's Day" }, … 8 in all])
 */
export function bankHolidaysIn(year: number): Calc<readonly BankHoliday[]> {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_FIRST_YEAR || year > BANK_HOLIDAY_LAST_YEAR) {
    return fail(
      "INVALID_INPUT",
      `Bank holidays are known for ${BANK_HOLIDAY_FIRST_YEAR}–${BANK_HOLIDAY_LAST_YEAR}, not for ${year}.`
    );
  }
  return ok(holidaysByYear()[year - BANK_HOLIDAY_FIRST_YEAR] ?? []);
}

/**
 * Whether a day is an England and Wales bank holiday (the substitute weekday, not the weekend day, when
 * a holiday falls on a weekend). An error outside 2000–2035.
 * @example isBankHoliday(civilDate(2022, 9, 19)) // ok(true)
 */
export function isBankHoliday(date: CivilDate): Calc<boolean> {
  const range = checkInHolidayRange(date, "The date");
  if (!range.ok) return range;
  const days = bankHolidayDays();
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] ?? 0) < date) low = mid + 1;
    else high = mid;
  }
  return ok(days[low] === date);
}

/**
 * Every bank holiday of 2000–2035 as ascending day numbers, shared (never copy it) for binary search in
 * working-day counts.
 * @example bankHolidayDays()[0] // civilDate(2000, 1, 3), the New Year's Day substitute
 */
export function bankHolidayDays(): Int32Array {
  if (allDays === undefined) {
    allDays = Int32Array.from(
      holidaysByYear().flatMap((year) => year.map((holiday) => holiday.date))
    );
  }
  return allDays;
}

/**
 * An error naming `what` when `date` is not a day inside 2000–2035, for callers that need holidays.
 * @example checkInHolidayRange(civilDate(2036, 1, 1), "The end date") // INVALID_INPUT
 */
export function checkInHolidayRange(date: CivilDate, what: string): Calc<CivilDate> {
  if (!isCivilDate(date)) return fail("INVALID_INPUT", `${what} is empty or not a date.`);
  if (date < BANK_HOLIDAY_FIRST_DATE || date > BANK_HOLIDAY_LAST_DATE) {
    return fail(
      "INVALID_INPUT",
      `${what} ${formatIsoDate(date)} is outside ${BANK_HOLIDAY_FIRST_YEAR}–${BANK_HOLIDAY_LAST_YEAR}, the years whose bank holidays are known.`
    );
  }
  return ok(date);
}

let byYear: (readonly BankHoliday[])[] | undefined;
let allDays: Int32Array | undefined;

function holidaysByYear(): (readonly BankHoliday[])[] {
  if (byYear === undefined) {
    byYear = [];
    for (let year = BANK_HOLIDAY_FIRST_YEAR; year <= BANK_HOLIDAY_LAST_YEAR; year++)
      byYear.push(holidaysOf(year));
  }
  return byYear;
}

function holidaysOf(year: number): readonly BankHoliday[] {
  const easter = easterSunday(year);
  const holidays: BankHoliday[] = [
    newYearsDay(year),
    { date: addDays(easter, -2), name: "Good Friday" },
    { date: addDays(easter, 1), name: "Easter Monday" },
    { date: EARLY_MAY_MOVED.get(year) ?? firstMonday(year, 5), name: "Early May bank holiday" },
    { date: SPRING_MOVED.get(year) ?? lastMonday(year, 5), name: "Spring bank holiday" },
    { date: lastMonday(year, 8), name: "Summer bank holiday" },
    ...christmas(year),
    ...ONE_OFFS.filter((holiday) => yearOfDate(holiday.date) === year),
  ];
  holidays.sort((a, b) => a.date - b.date);
  for (const holiday of holidays) {
    if (dayOfWeek(holiday.date) > FRIDAY)
      throw new Error(`${holiday.name} ${formatIsoDate(holiday.date)} is a weekend`);
  }
  return holidays;
}

function newYearsDay(year: number): BankHoliday {
  const day = civilDate(year, 1, 1);
  const weekday = dayOfWeek(day);
  if (weekday === SATURDAY) return { date: addDays(day, 2), name: `New Year's Day${SUBSTITUTE}` };
  if (weekday === SUNDAY) return { date: addDays(day, 1), name: `New Year's Day${SUBSTITUTE}` };
  return { date: day, name: "New Year's Day" };
}

// A weekend Christmas Day or Boxing Day moves to the next weekday not already a holiday.
function christmas(year: number): BankHoliday[] {
  const christmasDay = civilDate(year, 12, 25);
  const weekday = dayOfWeek(christmasDay);
  if (weekday === SATURDAY) {
    return [
      { date: addDays(christmasDay, 2), name: `Christmas Day${SUBSTITUTE}` },
      { date: addDays(christmasDay, 3), name: `Boxing Day${SUBSTITUTE}` },
    ];
  }
  if (weekday === SUNDAY) {
    return [
      { date: addDays(christmasDay, 1), name: "Boxing Day" },
      { date: addDays(christmasDay, 2), name: `Christmas Day${SUBSTITUTE}` },
    ];
  }
  if (weekday === FRIDAY) {
    return [
      { date: christmasDay, name: "Christmas Day" },
      { date: addDays(christmasDay, 3), name: `Boxing Day${SUBSTITUTE}` },
    ];
  }
  return [
    { date: christmasDay, name: "Christmas Day" },
    { date: addDays(christmasDay, 1), name: "Boxing Day" },
  ];
}

function firstMonday(year: number, month: number): CivilDate {
  const first = civilDate(year, month, 1);
  return addDays(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): CivilDate {
  const last = addDays(
    month === 12 ? civilDate(year + 1, 1, 1) : civilDate(year, month + 1, 1),
    -1
  );
  return addDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

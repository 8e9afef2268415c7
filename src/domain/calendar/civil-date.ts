import { monthKey, type MonthKey } from "../period/month";

/**
 * A calendar day as one integer: days since 1970-01-01 (negative before it). Like `MonthKey`, it is
 * compared and subtracted without allocation, and no time zone can move it: a JavaScript Date at
 * midnight is a different day in another zone, a CivilDate is not. All arithmetic here is integer
 * arithmetic (Howard Hinnant's civil-from-days algorithms), never `Date`.
 */
export type CivilDate = number & { readonly __brand: "CivilDate" };

/** A date split into its calendar parts; `month` is 1–12, `day` 1–31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export const MONDAY = 1;
export const FRIDAY = 5;
export const SATURDAY = 6;
export const SUNDAY = 7;

// A module constant rather than `Math.floor` at each call: record-level code calls these helpers a
// million times, and inside jest's sandbox every global lookup (Math, Number, NaN) costs ~150 ns.
const floor = Math.floor;

/**
 * Gregorian leap years (proleptic before 1582).
 * @example isLeapYear(2000) // true; isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInMonth(2016, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether the three numbers name a real day (integers, month 1–12, day within the month).
 * @example isValidDate(2015, 2, 29) // false
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Throws for an impossible date: callers holding untrusted parts check `isValidDate` first.
 * @example civilDate(2015, 4, 1) // 16526
 */
export function civilDate(year: number, month: number, day: number): CivilDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`civilDate(${year}, ${month}, ${day}): not a calendar date`);
  }
  return daysFromCivil(year, month, day);
}

/** @example partsOf(civilDate(2015, 4, 1)) // { year: 2015, month: 4, day: 1 } */
export function partsOf(date: CivilDate): DateParts {
  splitInto(date);
  return { year: scratchYear, month: scratchMonth, day: scratchDay };
}

/** @example yearOfDate(civilDate(2015, 4, 1)) // 2015 */
export function yearOfDate(date: CivilDate): number {
  splitInto(date);
  return scratchYear;
}

/** @example monthKeyOfDate(civilDate(2015, 4, 30)) // monthKey(2015, 4) */
export function monthKeyOfDate(date: CivilDate): MonthKey {
  splitInto(date);
  return monthKey(scratchYear, scratchMonth);
}

/**
 * ISO weekday: 1 Monday … 7 Sunday.
 * @example dayOfWeek(civilDate(1970, 1, 1)) // 4 (Thursday)
 */
export function dayOfWeek(date: CivilDate): number {
  return floorMod(date + 3, 7) + 1;
}

/** @example addDays(civilDate(2015, 12, 31), 1) // 1 January 2016 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return (date + days) as CivilDate;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween(civilDate(2015, 4, 1), civilDate(2015, 5, 1)) // 30
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return to - from;
}

/**
 * Excel's EDATE: the same day `months` calendar months later (earlier when negative), moved back to
 * the month's last day when that month is shorter, so 31 March minus one month is 28 or 29 February
 * and 29 February 2016 minus twelve months is 28 February 2015. Allocates nothing, for hot loops.
 * @example addCalendarMonths(civilDate(2016, 2, 29), -12) // 28 February 2015
 */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  splitInto(date);
  const index = scratchYear * 12 + (scratchMonth - 1) + months;
  const year = floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = daysInMonth(year, month);
  return daysFromCivil(year, month, scratchDay < lastDay ? scratchDay : lastDay);
}

/**
 * @example formatIsoDate(civilDate(2015, 4, 1)) // "2015-04-01"
 */
export function formatIsoDate(date: CivilDate): string {
  splitInto(date);
  return `${String(scratchYear).padStart(4, "0")}-${pad2(scratchMonth)}-${pad2(scratchDay)}`;
}

/**
 * The calendar day of a JavaScript Date, read from its UTC components. exceljs and Office.js hand
 * spreadsheet dates over as UTC midnight, so the UTC day is the day the cell shows; the local day
 * would be the day before in any zone west of Greenwich. Returns undefined for an invalid Date.
 * @example civilDateFromJsDate(new Date(Date.UTC(2015, 3, 1))) // civilDate(2015, 4, 1)
 */
export function civilDateFromJsDate(date: Date): CivilDate | undefined {
  const time = date.getTime();
  if (!Number.isFinite(time)) return undefined;
  return daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * True for a whole number of days, the shape every CivilDate has; used to reject blanks (undefined,
 * null, NaN) arriving from untyped sheet data.
 * @example isCivilDate(16526) // true; isCivilDate(undefined) // false
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === "number" && value % 1 === 0;
}

function daysFromCivil(year: number, month: number, day: number): CivilDate {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) as CivilDate;
}

// Module-level results keep splitInto allocation-free for the million-record loops in src/domain/records.
let scratchYear = 1970;
let scratchMonth = 1;
let scratchDay = 1;

function splitInto(date: number): void {
  const z = date + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  scratchDay = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  scratchMonth = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  scratchYear = yearOfEra + era * 400 + (scratchMonth <= 2 ? 1 : 0);
}

function floorMod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

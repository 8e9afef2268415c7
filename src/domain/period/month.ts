import { vocabulary } from "../text/vocabulary";

/**
 * A calendar month as one integer: `year * 12 + (month - 1)`. Months are compared, subtracted and
 * used as map keys without allocation, and no time zone can shift them (a JavaScript Date at
 * midnight on 1 April can be 31 March in another zone; a MonthKey cannot).
 */
export type MonthKey = number & { readonly __brand: "MonthKey" };

const SHORT_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
const LONG_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * @param year four-digit year
 * @param month 1 (January) to 12 (December)
 * @example monthKey(2015, 4) // April 2015
 */
export function monthKey(year: number, month: number): MonthKey {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`monthKey(${year}, ${month}): not a calendar month`);
  }
  return (year * 12 + (month - 1)) as MonthKey;
}

/** @example yearOf(monthKey(2015, 4)) // 2015 */
export function yearOf(key: MonthKey): number {
  return Math.floor(key / 12);
}

/** @example monthOf(monthKey(2015, 4)) // 4 */
export function monthOf(key: MonthKey): number {
  return (key % 12) + 1;
}

/** @example addMonths(monthKey(2015, 12), 1) // January 2016 */
export function addMonths(key: MonthKey, months: number): MonthKey {
  return (key + months) as MonthKey;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: MonthKey, to: MonthKey): number {
  return to - from;
}

/** @example formatMonth(monthKey(2015, 4)) // "Apr-15" — the label the seeds' tables use */
export function formatMonth(key: MonthKey): string {
  return `${SHORT_NAMES[key % 12]}-${String(yearOf(key) % 100).padStart(2, "0")}`;
}

/** @example formatMonthLong(monthKey(2015, 4)) // "April 2015" */
export function formatMonthLong(key: MonthKey): string {
  return `${LONG_NAMES[key % 12]} ${yearOf(key)}`;
}

/** @example formatMonthIso(monthKey(2015, 4)) // "2015-04" */
export function formatMonthIso(key: MonthKey): string {
  return `${yearOf(key)}-${String(monthOf(key)).padStart(2, "0")}`;
}

/** Short month names, as labels show them: index 0 is January. */
export const MONTH_SHORT_NAMES: readonly string[] = SHORT_NAMES;

// Spellings beside the short and long names: "Sept" is common in British labels.
const OTHER_SPELLINGS: Readonly<Record<number, readonly string[]>> = { 9: ["Sept"] };

// Each month by its number (as text, a vocabulary's values being words).
const MONTH_NAMES = vocabulary(
  Object.fromEntries(
    LONG_NAMES.map((name, i) => [
      String(i + 1),
      [SHORT_NAMES[i] ?? name, name, ...(OTHER_SPELLINGS[i + 1] ?? [])],
    ])
  )
);

/**
 * The number of the month a name names, short or long, in any case: the one table of month names
 * for every reader of month labels and settings.
 * @example monthOfName("APR") // 4
 * @example monthOfName("Sept") // 9
 * @example monthOfName("Spring") // undefined
 */
export function monthOfName(name: string): number | undefined {
  const month = MONTH_NAMES.lookup(name);
  return month === undefined ? undefined : Number(month);
}

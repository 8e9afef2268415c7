import { fail, ok, type Calc } from "../result/calc";
import { bankHolidayDays, checkInHolidayRange } from "./bank-holidays";
import { formatIsoDate, type CivilDate } from "./civil-date";
import { capitalise } from "../text/capitalise";

/** A start and an end date, such as an assessment's start and its authorisation. */
export interface DatePair {
  readonly start: CivilDate;
  readonly end: CivilDate;
}

export interface Timeliness {
  /** Pairs whose working days are at most the limit. */
  readonly within: number;
  readonly total: number;
  /** within ÷ total, 0 to 1. */
  readonly proportion: number;
}

/** Working Together's limit for a children's social care assessment. */
export const ASSESSMENT_LIMIT_WORKING_DAYS = 45;

/**
 * England and Wales working days (Monday to Friday, not a bank holiday) after `start` up to and
 * including `end`, the DfE's way of timing an assessment: same day is 0, the next working day 1.
 * Constant time apart from a binary search of the holiday list, so it can run over every assessment.
 * Errors when `end` is before `start` or either date is outside the years whose holidays are known.
 * @example workingDaysBetween(civilDate(2019, 4, 18), civilDate(2019, 4, 23)) // ok(1): Good Friday and Easter Monday
 */
export function workingDaysBetween(start: CivilDate, end: CivilDate): Calc<number> {
  const problem = pairProblem(start, end);
  if (problem !== undefined) return fail("INVALID_INPUT", `${capitalise(problem)}.`);
  return ok(countWorkingDays(start, end));
}

/**
 * The share of pairs completed within `limit` working days (counted as in `workingDaysBetween`),
 * for "assessments completed within 45 working days". The first bad pair is an error naming its
 * 1-based position; no pairs is NO_DATA.
 * @example timeliness([{ start: civilDate(2019, 4, 1), end: civilDate(2019, 4, 30) }]) // ok({ within: 1, total: 1, proportion: 1 })
 */
export function timeliness(
  pairs: readonly DatePair[],
  limit: number = ASSESSMENT_LIMIT_WORKING_DAYS
): Calc<Timeliness> {
  if (!Number.isInteger(limit) || limit < 0) {
    return fail("INVALID_INPUT", `The limit ${limit} is not a whole number of working days.`);
  }
  if (pairs.length === 0) return fail("NO_DATA", "There are no start and end dates to measure.");
  let within = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (pair === undefined) return fail("INVALID_INPUT", `Pair ${i + 1} is empty.`);
    const problem = pairProblem(pair.start, pair.end);
    if (problem !== undefined) return fail("INVALID_INPUT", `Pair ${i + 1}: ${problem}.`);
    if (countWorkingDays(pair.start, pair.end) <= limit) within++;
  }
  return ok({ within, total: pairs.length, proportion: within / pairs.length });
}

function pairProblem(start: CivilDate, end: CivilDate): string | undefined {
  const startInRange = checkInHolidayRange(start, "the start date");
  if (!startInRange.ok) return startInRange.error.detail.replace(/\.$/, "");
  const endInRange = checkInHolidayRange(end, "the end date");
  if (!endInRange.ok) return endInRange.error.detail.replace(/\.$/, "");
  if (end < start)
    return `the end date ${formatIsoDate(end)} is before the start date ${formatIsoDate(start)}`;
  return undefined;
}

function countWorkingDays(start: number, end: number): number {
  const weekdays = weekdaysBefore(end + 1) - weekdaysBefore(start + 1);
  const holidays = bankHolidayDays();
  return weekdays - (holidaysUpTo(holidays, end) - holidaysUpTo(holidays, start));
}

// Day 4 (1970-01-05) is a Monday: count whole weeks since then, plus the weekdays of the part week.
function weekdaysBefore(day: number): number {
  const sinceMonday = day - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7;
  return weeks * 5 + (rest < 5 ? rest : 5);
}

// Every holiday is a weekday, so subtracting those in (start, end] from the weekdays is exact.
function holidaysUpTo(holidays: Int32Array, day: number): number {
  let low = 0;
  let high = holidays.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((holidays[mid] ?? 0) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

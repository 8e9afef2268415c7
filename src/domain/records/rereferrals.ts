import { addCalendarMonths, type CivilDate } from "../calendar/civil-date";
import { chainCalc, ok, type Calc } from "../result/calc";
import { groupByChild } from "./child-groups";
import {
  countFlaggedInPeriod,
  encodeChildren,
  type ChildId,
  type RecordNouns,
} from "./child-records";

export interface RereferralRate {
  /** Referrals in the period that are re-referrals. */
  readonly rereferrals: number;
  /** All referrals in the period. */
  readonly referrals: number;
  /** rereferrals ÷ referrals, 0 to 1. */
  readonly proportion: number;
}

// Below any real day number, so "no earlier day" never falls inside a window. A literal, not a global
// such as NaN, because the hot loop runs inside jest's sandbox, where global lookups are slow.
const NO_DAY = -9007199254740991;

const REFERRAL: RecordNouns = { record: "referral", date: "referral date" };

/**
 * The earliest date an earlier referral can have for a referral on `date` to be a re-referral:
 * the same day twelve calendar months before, as Excel's EDATE(date, -12) gives it (the usual
 * analyst formula). So a referral exactly one year after the last one is a re-referral; a 29 February
 * referral looks back to 28 February of the year before; and after a 29 February referral, 28 February
 * next year is still within twelve months while 1 March is not.
 * @example rereferralWindowStart(civilDate(2016, 2, 29)) // civilDate(2015, 2, 28)
 */
export function rereferralWindowStart(date: CivilDate): CivilDate {
  return addCalendarMonths(date, -12);
}

/**
 * Flags each referral that is a re-referral within 12 months (the DfE children in need census
 * definition): the same child had an earlier referral dated on or after `rereferralWindowStart` of this
 * one. "Earlier" means an earlier day: two referrals of one child on the same day are one contact
 * recorded twice far more often than two referrals, so neither re-refers the other (each is still
 * flagged if an earlier day's referral is within the window). Flags come back in input order and do not
 * depend on it. Referrals before the first date in the data cannot be seen, so referrals in its first
 * twelve months are undercounted.
 *
 * `groupByChild` lays each child's referrals side by side in day order (hash partitions small enough
 * for the core's cache, then a counting sort and a sort of each child's few), and one pass compares
 * each day with the child's day before: O(n + Σ k log k) for k referrals a child, in typed arrays, with
 * no allocation per record.
 * @example flagRereferrals(["A", "B", "A"], [civilDate(2015, 4, 1), civilDate(2015, 5, 1), civilDate(2016, 4, 1)]) // ok([false, false, true])
 */
export function flagRereferrals(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[]
): Calc<boolean[]> {
  return chainCalc(groupByChild(childIds, dates, REFERRAL), ({ order, days, starts, count }) => {
    // Flags by record in bytes first: a megabyte takes the scattered writes in cache, where an
    // array of a million booleans (eight bytes each) would not.
    const flagged = new Uint8Array(order.length);
    for (let child = 0; child < count; child++) {
      const from = starts[child] ?? 0;
      const to = starts[child + 1] ?? 0;
      if (to - from < 2) continue;
      let latestDay = NO_DAY;
      let dayBefore = NO_DAY;
      let reReferred = false;
      for (let j = from; j < to; j++) {
        const day = days[j] ?? 0;
        if (day !== latestDay) {
          dayBefore = latestDay;
          latestDay = day;
          reReferred = withinTwelveMonths(dayBefore, day);
        }
        if (reReferred) flagged[order[j] ?? 0] = 1;
      }
    }
    const flags = new Array<boolean>(flagged.length);
    for (let i = 0; i < flagged.length; i++) flags[i] = flagged[i] === 1;
    return ok(flags);
  });
}

// Days within this of 1970 (some 2.7 trillion years) keep the calendar arithmetic exact; nearer 2^53
// it is not, and the calendar alone decides.
const EXACT_DAYS = 1e15;

/**
 * Whether `earlier` is on or after `rereferralWindowStart(day)`. Twelve calendar months back is 365
 * or 366 days for every day within `EXACT_DAYS` of 1970 (a property test checks it), so the gap alone
 * decides unless it is 366 days, when the calendar does; the calendar costs twenty divisions.
 */
function withinTwelveMonths(earlier: number, day: number): boolean {
  const gap = day - earlier;
  if (gap !== 366 && day <= EXACT_DAYS && day >= -EXACT_DAYS) return gap < 366;
  return earlier >= rereferralWindowStart(day as CivilDate);
}

/**
 * The same flags as `flagRereferrals` by comparing every pair of referrals: O(n²), kept only so the
 * benchmark and the tests can check the fast version against the definition written out literally.
 * @example flagRereferralsNaive(["A", "A"], [civilDate(2015, 4, 1), civilDate(2016, 4, 1)]) // ok([false, true])
 */
export function flagRereferralsNaive(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[]
): Calc<boolean[]> {
  return chainCalc(encodeChildren(childIds, dates, REFERRAL), ({ codes }) => {
    const flags = dates.map((date, i) =>
      dates.some(
        (earlier, j) =>
          codes[j] === codes[i] && earlier < date && earlier >= rereferralWindowStart(date)
      )
    );
    return ok(flags);
  });
}

/**
 * Re-referrals within 12 months as a share of the referrals dated in the period (inclusive; open
 * ends when not given). Every referral in the lists counts as an earlier referral, so give the twelve
 * months before the period too: a re-referral in April can re-refer a referral of last May.
 * @example rereferralRate(ids, dates, civilDate(2015, 4, 1), civilDate(2016, 3, 31)) // ok({ rereferrals: 12, referrals: 60, proportion: 0.2 })
 */
export function rereferralRate(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[],
  periodStart?: CivilDate,
  periodEnd?: CivilDate
): Calc<RereferralRate> {
  return chainCalc(flagRereferrals(childIds, dates), (flags) =>
    chainCalc(
      countFlaggedInPeriod(flags, dates, periodStart, periodEnd, REFERRAL),
      ({ flagged, total }) =>
        ok({ rereferrals: flagged, referrals: total, proportion: flagged / total })
    )
  );
}

import { type CivilDate } from "../calendar/civil-date";
import { chainCalc, ok, type Calc } from "../result/calc";
import { groupByChild } from "./child-groups";
import { countFlaggedInPeriod, type ChildId, type RecordNouns } from "./child-records";

export interface RepeatPlanRate {
  /** Plan starts in the period that are a second or subsequent plan. */
  readonly repeatPlans: number;
  /** All plan starts in the period. */
  readonly planStarts: number;
  /** repeatPlans ÷ planStarts, 0 to 1. */
  readonly proportion: number;
}

const PLAN_START: RecordNouns = { record: "plan start", date: "plan start date" };

/**
 * Flags each child protection plan start that is a second or subsequent plan: the same child has a
 * plan start on an earlier day anywhere in the lists ("ever", as far as the data reaches: a plan held
 * before the data begins, or in another authority, is not seen). Two starts of one child on the same
 * day are one plan recorded twice, so neither makes the other a repeat. Flags come back in input order
 * and do not depend on it. `groupByChild` puts each child's starts in day order, so a start is a
 * repeat when its day is later than its child's first: O(n + Σ k log k) for k starts a child.
 * @example flagRepeatPlans(["A", "A", "B"], [civilDate(2016, 1, 5), civilDate(2014, 3, 1), civilDate(2016, 2, 1)]) // ok([true, false, false])
 */
export function flagRepeatPlans(
  childIds: readonly ChildId[],
  startDates: readonly CivilDate[]
): Calc<boolean[]> {
  return chainCalc(
    groupByChild(childIds, startDates, PLAN_START),
    ({ order, days, starts, count }) => {
      // Bytes first, as flagRereferrals does: scattered writes to a megabyte stay in cache.
      const repeat = new Uint8Array(order.length);
      for (let child = 0; child < count; child++) {
        const from = starts[child] ?? 0;
        const to = starts[child + 1] ?? 0;
        const firstDay = days[from] ?? 0;
        for (let j = from; j < to; j++) if ((days[j] ?? 0) > firstDay) repeat[order[j] ?? 0] = 1;
      }
      const flags = new Array<boolean>(repeat.length);
      for (let i = 0; i < repeat.length; i++) flags[i] = repeat[i] === 1;
      return ok(flags);
    }
  );
}

/**
 * Second or subsequent plans as a share of the plan starts dated in the period (inclusive; open ends
 * when not given). Every start in the lists counts as an earlier plan, so give all the history there is.
 * @example repeatPlanRate(ids, starts, civilDate(2015, 4, 1), civilDate(2016, 3, 31)) // ok({ repeatPlans: 9, planStarts: 50, proportion: 0.18 })
 */
export function repeatPlanRate(
  childIds: readonly ChildId[],
  startDates: readonly CivilDate[],
  periodStart?: CivilDate,
  periodEnd?: CivilDate
): Calc<RepeatPlanRate> {
  return chainCalc(flagRepeatPlans(childIds, startDates), (flags) =>
    chainCalc(
      countFlaggedInPeriod(flags, startDates, periodStart, periodEnd, PLAN_START),
      ({ flagged, total }) =>
        ok({ repeatPlans: flagged, planStarts: total, proportion: flagged / total })
    )
  );
}

import { type CivilDate } from "../calendar/civil-date";
import { chainCalc, ok, type Calc } from "../result/calc";
import {
  countFlaggedInPeriod,
  encodeChildren,
  type ChildId,
  type RecordNouns,
} from "./child-records";

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
 * and do not depend on it. One pass finds each child's first start day, a second compares: O(n).
 * @example flagRepeatPlans(["A", "A", "B"], [civilDate(2016, 1, 5), civilDate(2014, 3, 1), civilDate(2016, 2, 1)]) // ok([true, false, false])
 */
export function flagRepeatPlans(
  childIds: readonly ChildId[],
  startDates: readonly CivilDate[]
): Calc<boolean[]> {
  return chainCalc(encodeChildren(childIds, startDates, PLAN_START), ({ codes, childCount }) => {
    const firstStart = new Float64Array(childCount).fill(Infinity);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] ?? 0;
      const date = startDates[i] ?? 0;
      if (date < (firstStart[code] ?? 0)) firstStart[code] = date;
    }
    const flags = new Array<boolean>(codes.length);
    for (let i = 0; i < codes.length; i++)
      flags[i] = (startDates[i] ?? 0) > (firstStart[codes[i] ?? 0] ?? 0);
    return ok(flags);
  });
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

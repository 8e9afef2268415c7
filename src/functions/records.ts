import type { CivilDate } from "../domain/calendar/civil-date";
import { repeatPlanRate } from "../domain/records/repeat-plans";
import type { ChildId } from "../domain/records/child-records";
import { flagRereferrals, rereferralRate } from "../domain/records/rereferrals";
import { fail, ok, type Calc } from "../domain/result/calc";
import { cellsOf, describe, isBlank, isExcelErrorText, sameShape, shapeOf } from "./args/cells";
import { dateFrom } from "./args/dates";

/** Records read from two ranges, and where each came from (rows left blank in both are skipped). */
interface RecordList {
  readonly ids: ChildId[];
  readonly dates: CivilDate[];
  /** The cell index in the ranges of each record. */
  readonly positions: number[];
  readonly cellCount: number;
}

function recordsFrom(
  idRange: unknown[][],
  dateRange: unknown[][],
  datesName: string
): Calc<RecordList> {
  if (!sameShape(idRange, dateRange)) {
    return fail(
      "INVALID_INPUT",
      `child_ids is ${shapeOf(idRange)} but ${datesName} is ${shapeOf(dateRange)}; they must be the same size.`
    );
  }
  const idCells = cellsOf(idRange);
  const dateCells = cellsOf(dateRange);
  const list: RecordList = { ids: [], dates: [], positions: [], cellCount: idCells.length };
  for (let i = 0; i < idCells.length; i++) {
    const id = idCells[i];
    const date = dateCells[i];
    if (isBlank(id) && isBlank(date)) continue;
    if (isBlank(id) || isExcelErrorText(id) || typeof id === "boolean") {
      return fail(
        "INVALID_INPUT",
        `Cell ${i + 1} of child_ids is ${describe(id)}; every ${datesName} needs a child id.`
      );
    }
    const parsed = dateFrom(date, `Cell ${i + 1} of ${datesName}`);
    if (!parsed.ok) return parsed;
    list.ids.push(id as ChildId);
    list.dates.push(parsed.value);
    list.positions.push(i);
  }
  return ok(list);
}

function periodFrom(start: unknown, end: unknown): Calc<{ start?: CivilDate; end?: CivilDate }> {
  const period: { start?: CivilDate; end?: CivilDate } = {};
  if (!isBlank(start)) {
    const date = dateFrom(start, "period_start");
    if (!date.ok) return date;
    period.start = date.value;
  }
  if (!isBlank(end)) {
    const date = dateFrom(end, "period_end");
    if (!date.ok) return date;
    period.end = date.value;
  }
  if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
    return fail("INVALID_INPUT", "period_end is before period_start.");
  }
  return ok(period);
}

export function excelRereferralRate(
  childIds: unknown[][],
  referralDates: unknown[][],
  periodStart: unknown,
  periodEnd: unknown
): Calc<number> {
  const records = recordsFrom(childIds, referralDates, "referral_dates");
  if (!records.ok) return records;
  const period = periodFrom(periodStart, periodEnd);
  if (!period.ok) return period;
  const rate = rereferralRate(
    records.value.ids,
    records.value.dates,
    period.value.start,
    period.value.end
  );
  return rate.ok ? ok(rate.value.proportion) : rate;
}

/** One TRUE/FALSE per cell of the ranges, in their shape flattened to a column; skipped rows stay blank. */
export function excelRereferrals(
  childIds: unknown[][],
  referralDates: unknown[][]
): Calc<(boolean | string)[][]> {
  const records = recordsFrom(childIds, referralDates, "referral_dates");
  if (!records.ok) return records;
  const flags = flagRereferrals(records.value.ids, records.value.dates);
  if (!flags.ok) return flags;
  const column: (boolean | string)[][] = Array.from({ length: records.value.cellCount }, () => [
    "",
  ]);
  records.value.positions.forEach((position, i) => {
    column[position] = [flags.value[i] ?? false];
  });
  return ok(column);
}

export function excelRepeatPlanRate(
  childIds: unknown[][],
  planStartDates: unknown[][],
  periodStart: unknown,
  periodEnd: unknown
): Calc<number> {
  const records = recordsFrom(childIds, planStartDates, "plan_start_dates");
  if (!records.ok) return records;
  const period = periodFrom(periodStart, periodEnd);
  if (!period.ok) return period;
  const rate = repeatPlanRate(
    records.value.ids,
    records.value.dates,
    period.value.start,
    period.value.end
  );
  return rate.ok ? ok(rate.value.proportion) : rate;
}

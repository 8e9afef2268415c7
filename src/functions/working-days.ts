import type { DatePair } from "../domain/calendar/working-days";
import { timeliness, workingDaysBetween } from "../domain/calendar/working-days";
import { fail, ok, type Calc } from "../domain/result/calc";
import { cellsOf, isBlank, optionalNumber, sameShape, shapeOf } from "./args/cells";
import { dateFrom } from "./args/dates";

export function excelWorkingDays(startDate: unknown, endDate: unknown): Calc<number> {
  const start = dateFrom(startDate, "start_date");
  if (!start.ok) return start;
  const end = dateFrom(endDate, "end_date");
  if (!end.ok) return end;
  return workingDaysBetween(start.value, end.value);
}

/**
 * Rows with no end date are still open (an assessment not yet completed) and are not counted; a
 * row with an end date but no start date is an error, since its duration cannot be known.
 */
export function excelTimeliness(
  startDates: unknown[][],
  endDates: unknown[][],
  limit: unknown
): Calc<number> {
  if (!sameShape(startDates, endDates)) {
    return fail(
      "INVALID_INPUT",
      `start_dates is ${shapeOf(startDates)} but end_dates is ${shapeOf(endDates)}; they must be the same size.`
    );
  }
  const days = optionalNumber(limit, 45, "limit");
  if (!days.ok) return days;
  const starts = cellsOf(startDates);
  const ends = cellsOf(endDates);
  const pairs: DatePair[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (isBlank(ends[i])) continue;
    const start = dateFrom(starts[i], `Cell ${i + 1} of start_dates`);
    if (!start.ok) return start;
    const end = dateFrom(ends[i], `Cell ${i + 1} of end_dates`);
    if (!end.ok) return end;
    // Checked here so that an error names the analyst's row, not a position among the completed rows.
    const checked = workingDaysBetween(start.value, end.value);
    if (!checked.ok) return fail(checked.error.code, `Row ${i + 1}: ${checked.error.detail}`);
    pairs.push({ start: start.value, end: end.value });
  }
  if (pairs.length === 0)
    return fail("NO_DATA", "No row has an end date, so nothing has been completed.");
  const share = timeliness(pairs, days.value);
  return share.ok ? ok(share.value.proportion) : share;
}

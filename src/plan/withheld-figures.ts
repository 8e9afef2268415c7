import { isWithheld } from "../domain/format/suppression";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { isMonthEnd, type KindOf } from "./scorecard/month-end";

/**
 * What of a row the scorecard shows as `c`, named as its columns are: the engine decided each (a
 * withheld figure or direction); this only lists them, so no sheet decides disclosure on its own.
 * A figure the scorecard does not show for the indicator is never listed, withheld or not: a
 * month-end count (children in need, on a plan, looked after) has no year to date or rolling 12
 * months, and only a flow has a year-end forecast.
 * @example withheldFigures(row, kindOf) // ["latest month", "direction of travel", "year to date"]
 */
export function withheldFigures(row: ScorecardRow, kindOf: KindOf): string[] {
  const monthEnd = isMonthEnd(row.def, kindOf);
  const labelled: Array<[unknown, string]> = [
    [row.value, "latest month"],
    [row.previous, "previous month"],
    [row.directionVsPrevious, "direction of travel"],
    [row.sameMonthLastYear, "same month last year"],
    [row.directionVsLastYear, "direction on last year"],
    ...(monthEnd
      ? []
      : ([
          [row.ytd, "year to date"],
          [row.rolling12, "rolling 12 months"],
        ] as Array<[unknown, string]>)),
    [row.forecast, "year-end forecast"],
  ];
  return labelled.filter(([x]) => isWithheld(x)).map(([, label]) => label);
}

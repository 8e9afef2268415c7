import { isWithheld } from "../domain/format/suppression";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";

/**
 * What of a row the scorecard shows as `c`, named as its columns are: the engine decided each (a
 * withheld figure or direction); this only lists them, so no sheet decides disclosure on its own.
 * @example withheldFigures(row) // ["latest month", "direction of travel", "year to date"]
 */
export function withheldFigures(row: ScorecardRow): string[] {
  const labelled: Array<[unknown, string]> = [
    [row.value, "latest month"],
    [row.previous, "previous month"],
    [row.directionVsPrevious, "direction of travel"],
    [row.sameMonthLastYear, "same month last year"],
    [row.directionVsLastYear, "direction on last year"],
    [row.ytd, "year to date"],
    [row.rolling12, "rolling 12 months"],
    [row.forecast, "year-end forecast"],
  ];
  return labelled.filter(([x]) => isWithheld(x)).map(([, label]) => label);
}

import { isWithheld } from "../domain/format/suppression";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";

/**
 * What of a row the scorecard shows as `c`, as the notes name it: the engine decided each (a
 * withheld figure or direction); this only lists them, so no sheet decides disclosure on its own.
 * @example withheldFigures(row) // ["latest month", "direction of travel", "year to date"]
 */
export function withheldFigures(row: ScorecardRow): string[] {
  const shownOrRolling = row.annualised ?? row.rolling12;
  const labelled: Array<[unknown, string]> = [
    [row.value, "latest month"],
    [row.previous, "previous month"],
    [row.directionVsPrevious, "direction of travel"],
    [row.sameMonthLastYear, "same month last year"],
    [row.ytd, "year to date"],
    [shownOrRolling, row.annualised === null ? "rolling 12 months" : "annualised"],
  ];
  return labelled.filter(([x]) => isWithheld(x)).map(([, label]) => label);
}

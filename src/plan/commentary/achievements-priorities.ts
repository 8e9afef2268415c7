import { isWithheld } from "../../domain/format/suppression";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { scorecardDecimals } from "../number-formats";
import { HEADLINE_PHRASE, line, shownValue, type CommentaryLine } from "./commentary-line";
import { bare, stated } from "./stated-figures";

/**
 * The two lists Walsall's report closes with, one line per indicator in plain words: achievements
 * (rated Green, or improving and not Red) and priorities (rated Red, or worsening and not Green).
 * Each indicator is in one list at most: a Green one that slipped is still an achievement, a Red
 * one that improved still a priority, and the line says which way it moved. Nothing withheld
 * under disclosure control is quoted, and a withheld rating or direction places no indicator.
 * @example achievementsAndPriorities(rows, "April 2015")[0].text // "Assessments completed within 45 working days: Green at 88.3%, better than 82.1% in April 2015."
 */
export function achievementsAndPriorities(
  rows: readonly ScorecardRow[],
  since: string
): CommentaryLine[] {
  const achievements: CommentaryLine[] = [];
  const priorities: CommentaryLine[] = [];
  for (const row of rows) {
    const rating = row.rag.rating;
    const direction = isWithheld(row.directionVsPrevious) ? null : row.directionVsPrevious;
    const achievement = rating === "Green" || (direction === "Improving" && rating !== "Red");
    const priority = rating === "Red" || (direction === "Worsening" && rating !== "Green");
    if (!achievement && !priority) continue;
    const text = `${row.def.name}: ${standing(row, since)}.`;
    if (achievement) achievements.push(line("Achievement", row.id, text));
    else priorities.push(line("Priority", row.id, text));
  }
  return [
    ...(achievements.length > 0
      ? achievements
      : [line("Achievement", null, "No indicator is rated Green or improving this month.")]),
    ...(priorities.length > 0
      ? priorities
      : [line("Priority", null, "No indicator is rated Red or worsening this month.")]),
  ];
}

/**
 * "Green at 88.3%, better than 82.1% in April 2015" (or "though worse than"), "up from" where
 * the polarity cannot judge or the move is no change (within the threshold, or inside the band);
 * "improved from … to …" when not rated.
 */
function standing(row: ScorecardRow, since: string): string {
  const { unit } = row.def;
  const decimals = scorecardDecimals(row.def);
  const now = shownValue(row.value);
  const before = shownValue(row.previous);
  const moved =
    now === null || before === null || isWithheld(row.directionVsPrevious)
      ? null
      : { from: stated(before, unit, decimals), to: stated(now, unit, decimals) };
  const rating = row.rag.rating;
  const headline = shownValue(row.headline);
  if (rating === "Not rated" || headline === null) {
    const verb = row.directionVsPrevious === "Improving" ? "improved" : "worsened";
    return moved === null
      ? `${verb} since ${since}`
      : `${verb} from ${bare(moved.from, unit)} to ${moved.to.text} since ${since}`;
  }
  const at = `${rating} at ${stated(headline, unit, decimals).text}${HEADLINE_PHRASE[row.headlineKind]}`;
  if (moved === null || moved.from.value === moved.to.value || row.headlineKind !== "month")
    return at;
  const from = `${bare(moved.from, unit)} in ${since}`;
  // The way it moved in words the polarity can judge; "up" or "down" where it cannot.
  if (row.directionVsPrevious === "Improving")
    return `${at}, ${rating === "Red" ? "though " : ""}better than ${from}`;
  if (row.directionVsPrevious === "Worsening")
    return `${at}, ${rating === "Green" ? "though " : ""}worse than ${from}`;
  return `${at}, ${moved.to.value > moved.from.value ? "up" : "down"} from ${from}`;
}

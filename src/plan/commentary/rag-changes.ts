import type { RagRating } from "../../domain/compare/rag";
import { isWithheld } from "../../domain/format/suppression";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { scorecardDecimals } from "../number-formats";
import { line, shownValue, type CommentaryLine } from "./commentary-line";
import { signedChange, stated, statedDifference, statedPair } from "./stated-figures";

/**
 * Which indicators changed RAG rating since the previous month, those that worsened first, with
 * the month's figures and the change between them when the rating is on the month's figure. Says
 * which reason applies when there is none: no rating last month to compare with, or no change.
 * @example ragChanges(rows, { referrals_per10k: "Amber" }, "April 2015")[0].text
 * // "Referral rate per 10,000 children moved from Amber to Red since April 2015 (673.3 to 705.4 per 10,000, +32.1)."
 */
export function ragChanges(
  rows: readonly ScorecardRow[],
  previous: Readonly<Record<string, RagRating>>,
  since: string
): CommentaryLine[] {
  const rated = rows.filter((row) => isRating(previous[row.id]) && isRating(row.rag.rating));
  const changed = rated
    .filter((row) => !isWithheld(row.value) && !isWithheld(row.previous))
    .flatMap((row) => {
      const before = previous[row.id];
      const now = row.rag.rating;
      if (!isRating(before) || !isRating(now) || before === now) return [];
      return [{ row, before, now, worse: RANK[now] > RANK[before] }];
    })
    .sort((a, b) => Number(b.worse) - Number(a.worse));
  if (changed.length === 0) {
    const text =
      rated.length === 0
        ? `No indicator has a rating for both ${since} and this month, so no change of rating is reported.`
        : `No indicator changed its RAG rating since ${since}.`;
    return [line("RAG change", null, text)];
  }
  return changed.map(({ row, before, now }) => {
    const [was, is] = [shownValue(row.previous), shownValue(row.value)];
    let figures = "";
    if (row.headlineKind === "month" && was !== null && is !== null) {
      const { unit } = row.def;
      const decimals = scorecardDecimals(row.def);
      const from = stated(was, unit, decimals);
      const to = stated(is, unit, decimals);
      const change = signedChange(statedDifference(to, from), unit, decimals);
      figures = ` (${statedPair(from, to, unit, "to")}, ${change})`;
    }
    return line(
      "RAG change",
      row.id,
      `${row.def.name} moved from ${before} to ${now} since ${since}${figures}.`
    );
  });
}

const RANK: Readonly<Record<Exclude<RagRating, "Not rated">, number>> = {
  Green: 0,
  Amber: 1,
  Red: 2,
};

function isRating(rating: RagRating | undefined): rating is Exclude<RagRating, "Not rated"> {
  return rating !== undefined && rating !== "Not rated";
}

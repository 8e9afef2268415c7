import type { RagRating } from "../domain/compare/rag";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { previousRating } from "../domain/scorecard/previous-rating";

/**
 * Each indicator's rating at the previous month, for "changed RAG since last month". Given ratings
 * (from last month's scorecard) win; otherwise the engine re-rates the previous month's value
 * (`previousRating`).
 * @example previousRatings(scorecard.rows, {}).rereferral_pct // "Amber"
 */
export function previousRatings(
  rows: readonly ScorecardRow[],
  given: Readonly<Record<string, RagRating>> = {}
): Record<string, RagRating> {
  const out: Record<string, RagRating> = {};
  for (const row of rows) {
    const known = given[row.id];
    if (known !== undefined) {
      out[row.id] = known;
      continue;
    }
    const derived = previousRating(row);
    if (derived !== null) out[row.id] = derived;
  }
  return out;
}

import type { ComparatorValues } from "../domain/compare/comparator";
import { rateIndicator, type RagRating } from "../domain/compare/rag";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";

/**
 * Each indicator's rating at the previous month, for "changed RAG since last month". Given ratings
 * (from last month's scorecard) win; otherwise a row rated on its month figure is re-rated at the
 * previous month's value against the same basis and the same comparators (targets and benchmarks
 * rarely change between months). Rows rated on the year to date or rolling figure, or against
 * last year's figure, have no previous rating unless one is given.
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
    const derived = derivePrevious(row);
    if (derived !== null) out[row.id] = derived;
  }
  return out;
}

function derivePrevious(row: ScorecardRow): RagRating | null {
  const basis = row.rag.basis;
  if (row.headlineKind !== "month" || basis === null) return null;
  if (basis.kind === "comparator" && basis.comparator === "lastYear") return null;
  if (row.previous.value === null) return null;
  const comparators: ComparatorValues = Object.fromEntries(
    row.comparisons.filter((c) => c.comparator !== "lastYear").map((c) => [c.comparator, c.value])
  );
  return rateIndicator(row.previous.value, row.def, comparators, basis).rating;
}

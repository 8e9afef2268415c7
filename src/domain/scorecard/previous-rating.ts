import type { ComparatorValues } from "../compare/comparator";
import { rateIndicator, type RagRating } from "../compare/rag";
import { isWithheld } from "../format/suppression";
import type { ScorecardRow } from "./compute-scorecard";

/**
 * A row's rating at the previous month, re-rated from the previous month's value against the same
 * basis and comparators (targets and benchmarks rarely change between months). Rows rated on the
 * year to date or rolling figure, or against last year's figure, have none: `null`; nor does a
 * withheld previous month.
 * @example previousRating(row) // "Amber"
 */
export function previousRating(row: ScorecardRow): RagRating | null {
  const basis = row.rag.basis;
  if (row.headlineKind !== "month" || basis === null) return null;
  if (basis.kind === "comparator" && basis.comparator === "lastYear") return null;
  // A rating re-derived from a withheld month would say on which side of the line it fell.
  if (isWithheld(row.previous) || row.previous.value === null) return null;
  const comparators: ComparatorValues = Object.fromEntries(
    row.comparisons.filter((c) => c.comparator !== "lastYear").map((c) => [c.comparator, c.value])
  );
  return rateIndicator(row.previous.value, row.def, comparators, basis).rating;
}

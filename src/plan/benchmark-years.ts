import type { ComparatorKind } from "../domain/compare/comparator";
import type { BenchmarkYears } from "../sheet/comparators/comparators-reading";

/** The year a row's benchmark is from, when the comparators sheet says; null for a target. */
export type BenchmarkYearOf = (row: { readonly id: string }, kind: ComparatorKind) => string | null;

/**
 * Looks up benchmark years by indicator and comparator. A target and "the same month last year"
 * have no year of their own: they belong to the scorecard's own year.
 * @example benchmarkYearOf({ rereferral_pct: { england: "2014/15" } })({ id: "rereferral_pct" }, "england") // "2014/15"
 */
export function benchmarkYearOf(
  years: Readonly<Record<string, BenchmarkYears>> = {}
): BenchmarkYearOf {
  return (row, kind) => {
    if (kind === "target" || kind === "lastYear") return null;
    const own = Object.hasOwn(years, row.id) ? years[row.id] : undefined;
    return own?.[kind] ?? null;
  };
}

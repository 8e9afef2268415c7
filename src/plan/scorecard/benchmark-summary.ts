import { COMPARATOR_LABELS, type ComparatorKind } from "../../domain/compare/comparator";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { capitalise } from "../../domain/text/capitalise";
import type { BenchmarkYearOf } from "../benchmark-years";

const BENCHMARKS: readonly ComparatorKind[] = ["statNeighbours", "england", "region"];

/** Where the scorecard says which year its benchmarks are from. */
export interface BenchmarkSummary {
  /** For the title block: "statistical neighbours 2013/14; England and region 2014/15"; "" if none known. */
  readonly line: string;
  /** For a row whose benchmark is from another year than its column's: "England 2013/14." */
  readonly exceptions: ReadonlyMap<string, string>;
}

/**
 * The years the scorecard's benchmarks are from, said once: each benchmark column's usual year
 * (the one most of its rows give; the later on a tie) in the title block, and in a row's note any
 * benchmark of that row from another year, so every figure's year is on the page without a column
 * of repeated years.
 * @example benchmarkSummary(rows, yearOf).line // "statistical neighbours and England 2014/15"
 */
export function benchmarkSummary(
  rows: readonly ScorecardRow[],
  yearOf: BenchmarkYearOf
): BenchmarkSummary {
  const usual = new Map<ComparatorKind, string>();
  for (const kind of BENCHMARKS) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!row.comparisons.some((c) => c.comparator === kind)) continue;
      const year = yearOf(row, kind);
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
    if (best !== undefined) usual.set(kind, best[0]);
  }
  const exceptions = new Map<string, string>();
  for (const row of rows) {
    const odd: Array<[ComparatorKind, string]> = [];
    for (const kind of BENCHMARKS) {
      if (!row.comparisons.some((c) => c.comparator === kind)) continue;
      const year = yearOf(row, kind);
      if (year !== null && year !== usual.get(kind)) odd.push([kind, year]);
    }
    if (odd.length > 0) exceptions.set(row.id, `${capitalise(byYear(odd))}.`);
  }
  return { line: byYear([...usual]), exceptions };
}

/** Benchmarks grouped by year, in the columns' order: "statistical neighbours 2013/14; England 2014/15". */
function byYear(pairs: ReadonlyArray<readonly [ComparatorKind, string]>): string {
  const groups = new Map<string, string[]>();
  for (const [kind, year] of pairs) {
    const names = groups.get(year) ?? [];
    names.push(kind === "region" ? "region" : COMPARATOR_LABELS[kind]);
    groups.set(year, names);
  }
  return [...groups].map(([year, names]) => `${joinAnd(names)} ${year}`).join("; ");
}

function joinAnd(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

import type {
  AuthorityBenchmarks,
  PublishedBenchmark,
  PublishedComparator,
} from "../domain/benchmarks/authority-benchmarks";
import type { ComparatorValues } from "../domain/compare/comparator";
import type { BenchmarkYears, ComparatorsReading } from "../sheet/comparators/comparators-reading";

/** Where a comparator's figure came from: typed in the comparators sheet, or the published statistics. */
export type ComparatorSource =
  | { readonly kind: "local" }
  | { readonly kind: "published"; readonly benchmark: PublishedBenchmark };

/** The source of each comparator an indicator has, by comparator. */
export type ComparatorSources = Readonly<Partial<Record<PublishedComparator, ComparatorSource>>>;

/** The comparators sheet's figures with the published ones filling its gaps, and where each came from. */
export interface MergedComparators {
  readonly comparators: Readonly<Record<string, ComparatorValues>>;
  readonly years: Readonly<Record<string, BenchmarkYears>>;
  readonly sources: Readonly<Record<string, ComparatorSources>>;
}

const PUBLISHED: readonly PublishedComparator[] = ["statNeighbours", "england", "region"];

/**
 * Fills each comparator the analyst left blank with the published figure, labelled with its year;
 * a figure the analyst typed always wins and is marked local (its year is the sheet's own, if it
 * gives one). Without built-in benchmarks the sheet's figures pass through, each marked local.
 * @example mergeComparators({ comparators: { rereferral_pct: { england: 22 } }, years: {} }, builtIn).sources.rereferral_pct
 * // { england: { kind: "local" }, statNeighbours: { kind: "published", benchmark: … }, region: … }
 */
export function mergeComparators(
  reading: Pick<ComparatorsReading, "comparators"> & Partial<Pick<ComparatorsReading, "years">>,
  builtIn?: AuthorityBenchmarks
): MergedComparators {
  const comparators: Record<string, ComparatorValues> = { ...reading.comparators };
  const years: Record<string, BenchmarkYears> = { ...(reading.years ?? {}) };
  const sources: Record<string, ComparatorSources> = {};
  const ids = new Set([...Object.keys(comparators), ...Object.keys(builtIn?.indicators ?? {})]);
  for (const id of ids) {
    const typed = comparators[id] ?? {};
    const published = builtIn?.indicators[id]?.published ?? {};
    const values: Record<string, number | null> = { ...typed };
    const yearsOf: Record<string, string> = { ...(years[id] ?? {}) };
    const sourceOf: Partial<Record<PublishedComparator, ComparatorSource>> = {};
    for (const kind of PUBLISHED) {
      const own = typed[kind];
      const benchmark = published[kind];
      if (typeof own === "number") sourceOf[kind] = { kind: "local" };
      else if (benchmark !== undefined) {
        values[kind] = benchmark.value;
        yearsOf[kind] = benchmark.yearLabel;
        sourceOf[kind] = { kind: "published", benchmark };
      }
    }
    comparators[id] = values;
    if (Object.keys(yearsOf).length > 0) years[id] = yearsOf;
    if (Object.keys(sourceOf).length > 0) sources[id] = sourceOf;
  }
  return { comparators, years, sources };
}

import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import {
  BENCHMARK_INDICATORS,
  isBenchmarkIndicator,
} from "../../domain/benchmarks/benchmark-indicators";
import { benchmarkYearLabel } from "../../domain/benchmarks/benchmark-year";

/** One DfE release the built-in benchmarks come from, and the years the dataset holds of it. */
export interface DatasetRelease {
  readonly release: string;
  /** "2012/13 to 2024/25", or "2017 to 2025" for the workforce census at 30 September. */
  readonly years: string;
  /** How many of the dataset's indicators come from it. */
  readonly indicators: number;
}

/** What the About page says of the built-in benchmarks, all of it read from the dataset. */
export interface DatasetSources {
  readonly attribution: string;
  readonly source: string;
  readonly neighbourModel: string;
  readonly releases: readonly DatasetRelease[];
  /** The published files the dataset was built from. */
  readonly files: readonly string[];
}

/**
 * The releases and years the built-in dataset holds, its source, files, statistical-neighbour model
 * and attribution, from the dataset itself (its "about" and each indicator's years), so the About
 * page can never name a year the dataset does not have.
 * @example datasetSources(data).releases[0] // { release: "DfE Children in need, reporting year 2025", years: "2012/13 to 2024/25", indicators: 7 }
 */
export function datasetSources(data: BenchmarkData): DatasetSources {
  const byRelease = new Map<
    string,
    { first: string; last: string; from: number; to: number; count: number }
  >();
  for (const [id, series] of Object.entries(data.dataset.indicators)) {
    if (!isBenchmarkIndicator(id) || series.years.length === 0) continue;
    const def = BENCHMARK_INDICATORS[id];
    const from = Math.min(...series.years);
    const to = Math.max(...series.years);
    const known = byRelease.get(def.release);
    const earliest = known === undefined || from < known.from ? from : known.from;
    const latest = known === undefined || to > known.to ? to : known.to;
    byRelease.set(def.release, {
      from: earliest,
      to: latest,
      first: benchmarkYearLabel(earliest, def.period),
      last: benchmarkYearLabel(latest, def.period),
      count: (known?.count ?? 0) + 1,
    });
  }
  const { about, neighbours } = data.dataset;
  return {
    attribution: about.attribution,
    source: about.source,
    neighbourModel: neighbours.model,
    releases: [...byRelease].map(([release, span]) => ({
      release,
      years: span.first === span.last ? span.first : `${span.first} to ${span.last}`,
      indicators: span.count,
    })),
    files: about.files,
  };
}

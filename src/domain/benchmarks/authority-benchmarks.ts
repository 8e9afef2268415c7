import type { MonthKey } from "../period/month";
import { areaOf, type AreaRecord, type BenchmarkData } from "./benchmark-dataset";
import { BENCHMARK_INDICATORS, isBenchmarkIndicator } from "./benchmark-indicators";
import { benchmarkValue } from "./benchmark-value";
import { benchmarkYearLabel, latestYearBy } from "./benchmark-year";
import { neighbourFigure, type NeighbourMethod } from "./neighbour-figure";
import { authorityNotes, type AuthorityNote } from "./authority-notes";
import { rankedValues } from "./rank-quartile";

/** The comparators the published statistics can give. */
export type PublishedComparator = "statNeighbours" | "england" | "region";

/** One comparator filled from the dataset, with what a reader needs to cite it. */
export interface PublishedBenchmark {
  readonly value: number;
  readonly year: number;
  /** "2024/25", or "2025" for the workforce census. */
  readonly yearLabel: string;
  readonly release: string;
  readonly table: string;
  /** England, the region's name, or the authority's statistical neighbours. */
  readonly areaName: string;
  /** For statistical neighbours: how many the figure rests on, of how many, combined how. */
  readonly neighbours?: {
    readonly used: number;
    readonly of: number;
    readonly method: NeighbourMethod;
  };
}

/** What the dataset gives one indicator of an authority's scorecard. */
export interface IndicatorBenchmarks {
  readonly published: Readonly<Partial<Record<PublishedComparator, PublishedBenchmark>>>;
  /** Why a comparator could not be filled, in a sentence. */
  readonly missing: Readonly<Partial<Record<PublishedComparator, string>>>;
  /**
   * Every other authority's published figure that year, for placing the scorecard's own figure
   * among them (a quartile RAG): a joint return counts once, and the authority's own joint return
   * (which holds its own figures) is not another authority's.
   */
  readonly others?: { readonly values: readonly number[]; readonly yearLabel: string };
}

/** The built-in comparators of one authority. */
export interface AuthorityBenchmarks {
  readonly authority: AreaRecord;
  readonly method: NeighbourMethod;
  readonly indicators: Readonly<Record<string, IndicatorBenchmarks>>;
  /** About the authority as a whole (a reorganisation, a joint return), as the pane also says. */
  readonly notes: readonly AuthorityNote[];
  readonly attribution: string;
  readonly model: string;
}

export interface AuthorityBenchmarkOptions {
  /** The figures are the latest year ended by this month (all years when absent). */
  readonly reportingMonth?: MonthKey;
  readonly method?: NeighbourMethod;
  /** The indicators wanted (the dataset's all when absent); others are passed over. */
  readonly indicators?: readonly string[];
}

/**
 * Fills an authority's comparators from the published statistics: for each indicator the latest
 * year ended by the reporting month, England, the authority's region and its statistical
 * neighbours (mean unless told), and every other authority's figure to rank the scorecard's own
 * among. A comparator that cannot be filled says why (withheld, the authority replaced, no
 * neighbours).
 * @example authorityBenchmarks(data, areaOf(data, "874"), { reportingMonth: monthKey(2025, 6) }).indicators.rereferral_pct.published.england.value // 22.6
 */
export function authorityBenchmarks(
  data: BenchmarkData,
  authority: AreaRecord,
  options: AuthorityBenchmarkOptions = {}
): AuthorityBenchmarks {
  const method = options.method ?? "mean";
  const ids = (options.indicators ?? Object.keys(BENCHMARK_INDICATORS)).filter(
    isBenchmarkIndicator
  );
  const region = authority.region === undefined ? undefined : areaOf(data, authority.region);
  const own = new Set([authority.code, data.jointOf.get(authority.code)]);
  const indicators: Record<string, IndicatorBenchmarks> = {};
  for (const id of ids) {
    const def = BENCHMARK_INDICATORS[id];
    const series = data.dataset.indicators[id];
    const year =
      series === undefined ? null : latestYearBy(series.years, def.period, options.reportingMonth);
    if (year === null) continue;
    const yearLabel = benchmarkYearLabel(year, def.period);
    const cite = { year, yearLabel, release: def.release, table: def.table };
    const published: Partial<Record<PublishedComparator, PublishedBenchmark>> = {};
    const missing: Partial<Record<PublishedComparator, string>> = {};
    const england = benchmarkValue(data, id, "E92000001", year);
    if (england.ok)
      published.england = { ...cite, value: england.value.value, areaName: "England" };
    else missing.england = england.reason.detail;
    if (region !== undefined) {
      const found = benchmarkValue(data, id, region.code, year);
      if (found.ok) published.region = { ...cite, value: found.value.value, areaName: region.name };
      else missing.region = found.reason.detail;
    }
    const sn = neighbourFigure(data, id, authority.code, year, method);
    if (sn.ok) {
      published.statNeighbours = {
        ...cite,
        value: sn.value.value,
        areaName: `${authority.name}'s statistical neighbours`,
        neighbours: { used: sn.value.used, of: sn.value.of, method },
      };
    } else missing.statNeighbours = sn.reason.detail;
    const others = [...rankedValues(data, id, year)].flatMap(([code, value]) =>
      own.has(code) ? [] : [value]
    );
    indicators[id] = {
      published,
      missing,
      ...(others.length > 0 ? { others: { values: others, yearLabel } } : {}),
    };
  }
  return {
    authority,
    method,
    indicators,
    notes: authorityNotes(data, authority, ids),
    attribution: data.dataset.about.attribution,
    model: data.dataset.neighbours.model,
  };
}

import type { PolarityKind } from "../indicators/indicator-def";
import type { BenchmarkData } from "./benchmark-dataset";
import { BENCHMARK_INDICATORS, isBenchmarkIndicator } from "./benchmark-indicators";
import { benchmarkYearLabel } from "./benchmark-year";
import {
  benchmarkValue,
  noFigure,
  type BenchmarkFigure,
  type BenchmarkLookup,
} from "./benchmark-value";

/** A quartile: 1 is the best quarter (or the lowest, for an indicator where neither way is better). */
export type Quartile = 1 | 2 | 3 | 4;

/** Where a value stands among the authorities. */
export interface RankPosition {
  /** 1 is the best; tied values share the best rank of their group (1, 2, 2, 4). */
  readonly rank: number;
  /** How many authorities are ranked, the one placed included. */
  readonly of: number;
  readonly quartile: Quartile;
  /** How many others have exactly the same value. */
  readonly tiedWith: number;
  /**
   * `best first` for higher- or lower-is-better indicators; `lowest first` where neither way is
   * better (range and context indicators), so rank 1 is the lowest value and says nothing of merit.
   */
  readonly order: "best first" | "lowest first";
}

/**
 * Places a value among others: rank 1 is the best for the polarity (highest when higher is better,
 * lowest when lower is better; lowest first when neither is), ties share a rank, and the quartile
 * follows from the rank: ranks 1 to n/4 are the first quartile, and so on.
 * @example positionAmong([10, 20, 20, 40], 20, "lower") // { rank: 2, of: 5, quartile: 1, tiedWith: 2, order: "best first" }
 */
export function positionAmong(
  others: readonly number[],
  value: number,
  polarity: PolarityKind
): RankPosition {
  const higherFirst = polarity === "higher";
  let better = 0;
  let tied = 0;
  for (const other of others) {
    if (other === value) tied += 1;
    else if (higherFirst ? other > value : other < value) better += 1;
  }
  const of = others.length + 1;
  const rank = better + 1;
  return {
    rank,
    of,
    quartile: quartileOf(rank, of),
    tiedWith: tied,
    order: polarity === "higher" || polarity === "lower" ? "best first" : "lowest first",
  };
}

/**
 * The quartile of a rank among `of`: the first quarter of ranks is quartile 1.
 * @example quartileOf(38, 152) // 1
 * @example quartileOf(39, 152) // 2
 */
export function quartileOf(rank: number, of: number): Quartile {
  return Math.min(4, Math.floor(((rank - 1) * 4) / of) + 1) as Quartile;
}

/** The figure of one authority and where it stands among all authorities that year. */
export interface AuthorityRank extends RankPosition {
  readonly figure: BenchmarkFigure;
}

/**
 * Every authority's published number for a year, once each: a joint return counts as one return,
 * and withheld or missing figures are not ranked.
 * @example rankedValues(data, "rereferral_pct", 2025).size // 153
 */
export function rankedValues(
  data: BenchmarkData,
  indicator: string,
  year: number
): ReadonlyMap<string, number> {
  const values = new Map<string, number>();
  const series = isBenchmarkIndicator(indicator) ? data.dataset.indicators[indicator] : undefined;
  const yearIndex = series?.years.indexOf(year) ?? -1;
  const row = series?.value[yearIndex];
  if (row === undefined) return values;
  data.dataset.areas.forEach((area, i) => {
    const cell = row[i];
    if ((area.level === "la" || area.level === "joint") && typeof cell === "number")
      values.set(area.code, cell);
  });
  return values;
}

/**
 * An authority's rank and quartile among all authorities for an indicator and year, polarity taken
 * into account; an authority reporting jointly is ranked by its joint return.
 * @example authorityRank(data, "rereferral_pct", "874", 2025) // ok: rank …, of 153, quartile …
 */
export function authorityRank(
  data: BenchmarkData,
  indicator: string,
  authority: string,
  year?: number
): BenchmarkLookup<AuthorityRank> {
  const found = benchmarkValue(data, indicator, authority, year);
  if (!found.ok) return found;
  const figure = found.value;
  const own = figure.jointReturn?.code ?? figure.area.code;
  if (figure.area.level !== "la" && figure.area.level !== "joint") {
    return noFigure(
      "NO_FIGURE",
      `${figure.area.name} is not a local authority, so it has no rank among them.`
    );
  }
  const others = [...rankedValues(data, indicator, figure.year)].flatMap(([code, value]) =>
    code === own ? [] : [value]
  );
  const def = isBenchmarkIndicator(indicator) ? BENCHMARK_INDICATORS[indicator] : figure.def;
  if (others.length === 0) {
    return noFigure(
      "NO_FIGURE",
      `No other authority has a ${benchmarkYearLabel(figure.year, def.period)} figure to rank against.`
    );
  }
  return { ok: true, value: { ...positionAmong(others, figure.value, def.polarity), figure } };
}

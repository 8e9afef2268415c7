import { areaOf, type AreaRecord, type BenchmarkData } from "./benchmark-dataset";
import {
  BENCHMARK_INDICATORS,
  isBenchmarkIndicator,
  pooledScale,
  unknownIndicatorDetail,
} from "./benchmark-indicators";
import { benchmarkYearLabel } from "./benchmark-year";
import {
  benchmarkValue,
  noFigure,
  type BenchmarkFigure,
  type BenchmarkLookup,
  type BenchmarkReason,
} from "./benchmark-value";
import { replacedBy } from "./reorganisations";

/**
 * How the neighbours' figures are combined: the simple mean LAIT used (the default), the median,
 * or pooled Σnumerator ÷ Σdenominator, as DfE's outcomes and enablers dashboard does.
 */
export type NeighbourMethod = "mean" | "median" | "pooled";

export const NEIGHBOUR_METHODS: readonly NeighbourMethod[] = ["mean", "median", "pooled"];

/** One neighbour as the figure used it, or the reason it was left out. */
export type NeighbourUse =
  | { readonly area: AreaRecord; readonly used: true; readonly figure: BenchmarkFigure }
  | { readonly area: AreaRecord; readonly used: false; readonly reason: BenchmarkReason };

/** A statistical-neighbour figure and what it rests on. */
export interface NeighbourFigure {
  readonly value: number;
  readonly method: NeighbourMethod;
  readonly year: number;
  readonly yearLabel: string;
  /** How many neighbours it rests on, of how many the model gives. */
  readonly used: number;
  readonly of: number;
  readonly neighbours: readonly NeighbourUse[];
  readonly model: string;
}

/**
 * The statistical-neighbour figure of an authority (the DfE 2025 model's 10 neighbours) for an
 * indicator and year: neighbours with no published number (withheld, not yet formed, no return)
 * are left out, and `used` says how many remain. A neighbour whose figure is a joint return the
 * authority is itself part of is left out (it is the authority's own figure), and two neighbours
 * sharing one joint return count once. Pooled needs each neighbour's numerator and denominator.
 * @example neighbourFigure(data, "rereferral_pct", "874", 2025, "mean") // ok: value …, used 10, of 10
 */
export function neighbourFigure(
  data: BenchmarkData,
  indicator: string,
  authority: string,
  year?: number,
  method: NeighbourMethod = "mean"
): BenchmarkLookup<NeighbourFigure> {
  if (!isBenchmarkIndicator(indicator))
    return noFigure("UNKNOWN_INDICATOR", unknownIndicatorDetail(indicator));
  const def = BENCHMARK_INDICATORS[indicator];
  const area = areaOf(data, authority);
  if (area === undefined)
    return noFigure("UNKNOWN_AREA", `There is no area with the code ${authority}.`);
  const list = data.dataset.neighbours.byArea[area.code];
  if (list === undefined || list.length === 0) {
    const ended = replacedBy(area.code);
    const why =
      ended === undefined
        ? `${area.name} has no statistical neighbours in the ${data.dataset.neighbours.model}`
        : `${area.name} is not in the ${data.dataset.neighbours.model}: ${ended.summary}`;
    return noFigure("NO_NEIGHBOURS", `${why}.`);
  }
  const series = data.dataset.indicators[indicator];
  const wanted = year ?? series?.years[series.years.length - 1] ?? 0;
  const ownJoint = data.jointOf.get(area.code);
  const jointsSeen = new Map<string, string>();
  const uses: NeighbourUse[] = [];
  for (const [code] of list) {
    const neighbour = areaOf(data, code) ?? { code, name: code, level: "la" as const };
    const found = benchmarkValue(data, indicator, code, wanted);
    if (!found.ok) {
      if (found.reason.code === "NO_YEAR") return found;
      uses.push({ area: neighbour, used: false, reason: found.reason });
      continue;
    }
    const joint = found.value.jointReturn?.code;
    if (joint !== undefined && joint === ownJoint) {
      uses.push(leftOut(neighbour, `its figure is the joint return ${area.name} is part of`));
      continue;
    }
    if (joint !== undefined && jointsSeen.has(joint)) {
      uses.push(
        leftOut(
          neighbour,
          `its figure is the joint return already counted for ${jointsSeen.get(joint) ?? ""}`
        )
      );
      continue;
    }
    if (joint !== undefined) jointsSeen.set(joint, neighbour.name);
    if (method === "pooled" && pooledParts(found.value) === null) {
      uses.push(leftOut(neighbour, "its numerator or denominator is not published"));
      continue;
    }
    uses.push({ area: neighbour, used: true, figure: found.value });
  }
  const used = uses.flatMap((use) => (use.used ? [use.figure] : []));
  const label = benchmarkYearLabel(wanted, def.period);
  if (used.length === 0) {
    const reasons = uses.map((use) => (use.used ? "" : use.reason.code)).join(", ");
    return noFigure(
      "NO_FIGURE",
      `None of ${area.name}'s ${list.length} statistical neighbours has a published ${def.name} figure for ${label} (${reasons}).`
    );
  }
  return {
    ok: true,
    value: {
      value: combine(used, method, pooledScale(def.unit)),
      method,
      year: wanted,
      yearLabel: label,
      used: used.length,
      of: list.length,
      neighbours: uses,
      model: data.dataset.neighbours.model,
    },
  };
}

function leftOut(area: AreaRecord, why: string): NeighbourUse {
  return {
    area,
    used: false,
    reason: { code: "NO_FIGURE", detail: `${area.name} is left out: ${why}.` },
  };
}

function pooledParts(figure: BenchmarkFigure): [number, number] | null {
  const { numerator, denominator } = figure;
  return numerator !== null && denominator !== null && denominator > 0
    ? [numerator, denominator]
    : null;
}

/**
 * Combines the neighbours' figures (at least one).
 * @example combine([figure(20), figure(30), figure(40)], "median", 100) // 30
 */
export function combine(
  figures: readonly BenchmarkFigure[],
  method: NeighbourMethod,
  scale: number
): number {
  if (method === "pooled") {
    let num = 0;
    let den = 0;
    for (const figure of figures) {
      const parts = pooledParts(figure);
      if (parts === null) continue;
      num += parts[0];
      den += parts[1];
    }
    return (num / den) * scale;
  }
  const values = figures.map((figure) => figure.value);
  if (method === "mean") return values.reduce((a, b) => a + b, 0) / values.length;
  return median(values);
}

/**
 * The middle value, or the mean of the two middle values of an even count.
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

import type { IndicatorDef } from "../indicators/indicator-def";
import { formatDifference, formatNumber, formatValue } from "../format/format-number";
import { bandLabel } from "../format/band-text";
import { isWithheld, type Withheld } from "../format/suppression";
import { formatMonthLong, type MonthKey } from "../period/month";
import { rateByQuartile } from "../benchmarks/quartile-rag";
import { distanceToBand } from "./band";
import { COMPARATOR_LABELS, type ComparatorKind, type ComparatorValues } from "./comparator";

/** How far past the line still counts as amber: a share of the comparator, or an amount in the unit. */
export type Tolerance =
  | { readonly kind: "relative"; readonly fraction: number }
  | { readonly kind: "absolute"; readonly amount: number };

/** What a rating is judged against. */
export type RagBasis =
  | { readonly kind: "target"; readonly tolerance?: Tolerance }
  | {
      readonly kind: "comparator";
      readonly comparator: ComparatorKind;
      readonly tolerance?: Tolerance;
    }
  | { readonly kind: "band"; readonly tolerance?: Tolerance }
  | {
      readonly kind: "quartile";
      /** The figures to rank among, or why there are none; none known when absent. */
      readonly among?: QuartileField;
    };

/**
 * What a quartile basis ranks a value among: every other authority's published figure for a
 * year, or why there are none (no authority chosen, no national figures for the indicator).
 */
export type QuartileField =
  | { readonly kind: "figures"; readonly values: readonly number[]; readonly yearLabel: string }
  | { readonly kind: "none"; readonly reason: string };

export type RagRating = "Green" | "Amber" | "Red" | "Not rated";

/** A rating always travels with the sentence that explains it: colour alone is not accessible. */
export interface Rag {
  readonly rating: RagRating;
  readonly reason: string;
  /** The basis actually used; `null` when not rated for want of one. */
  readonly basis: RagBasis | null;
  /** A short form for a scorecard cell, where the basis has one ("2nd quartile, rank 73 of 153 (2024/25)"). */
  readonly summary?: string;
}

/** What is rated: a number, no figure (`null`), or a figure withheld under disclosure control. */
export type RatedFigure = number | null | Withheld;

/** What a rating may be told besides the figures. */
export interface RateOptions {
  /** The month rated, for the reason when it has no figure ("no figure for May 2015"). */
  readonly month?: MonthKey;
  /** Comparators withheld under disclosure control (the same month last year can be). */
  readonly withheld?: readonly ComparatorKind[];
}

/** The reason given for a rating disclosure control withholds: it names no figure. */
export const WITHHELD_FIGURE_REASON = "Not rated: the figure is withheld (small numbers).";

/** How a reason names a comparator's missing figure ("no statistical neighbours figure"). */
const FIGURE_NAMES: Readonly<Record<ComparatorKind, string>> = {
  target: "target figure",
  statNeighbours: "statistical neighbours figure",
  england: "England figure",
  region: "regional figure",
  lastYear: "figure for the same month last year",
};

/** 5% of the comparator (or of the band edge): the default amber zone. */
export const DEFAULT_TOLERANCE: Tolerance = { kind: "relative", fraction: 0.05 };

/**
 * The basis used when none is configured:
 * - context indicators are not rated;
 * - range indicators with a band are rated against the band;
 * - otherwise against the target if one is set, else statistical neighbours, else England;
 * always with `DEFAULT_TOLERANCE` unless the basis names its own.
 * @example defaultRagBasis(INDICATORS.rereferral_pct, { england: 22.6 }) // { kind: "comparator", comparator: "england" }
 */
export function defaultRagBasis(def: IndicatorDef, comparators: ComparatorValues): RagBasis | null {
  if (def.polarity === "context") return null;
  if (def.polarity === "range") return def.band === undefined ? null : { kind: "band" };
  if (isNumber(comparators.target)) return { kind: "target" };
  if (isNumber(comparators.statNeighbours))
    return { kind: "comparator", comparator: "statNeighbours" };
  if (isNumber(comparators.england)) return { kind: "comparator", comparator: "england" };
  return null;
}

/**
 * Rates a value Green / Amber / Red with its reason. Green: on the good side of the line (or inside
 * the band, or in the better half of authorities); Amber: worse, but within tolerance (the third
 * quartile); Red: beyond. Uses unrounded values; the sentence shows them at the indicator's display
 * precision. When it cannot rate, the reason names the first cause of: the figure withheld (and
 * then no number at all, as the line and the gap would give the figure back), no figure, no
 * basis, no comparator figure (or a withheld one).
 * @example rateIndicator(29.3, INDICATORS.rereferral_pct, { statNeighbours: 23.6 }).reason
 * // "29.3% is 5.7 points worse than statistical neighbours (23.6%)."
 * @example rateIndicator(null, INDICATORS.rereferral_pct, { england: 22.6 }, undefined, { month: monthKey(2015, 5) }).reason
 * // "Not rated: no figure for May 2015."
 */
export function rateIndicator(
  value: RatedFigure,
  def: IndicatorDef,
  comparators: ComparatorValues,
  basis?: RagBasis,
  options: RateOptions = {}
): Rag {
  if (def.polarity === "context") {
    return {
      rating: "Not rated",
      reason: `${def.name} is shown for context and not rated.`,
      basis: null,
    };
  }
  const used = basis ?? defaultRagBasis(def, comparators);
  if (isWithheld(value))
    return { rating: "Not rated", reason: WITHHELD_FIGURE_REASON, basis: used };
  if (value === null) {
    const month = options.month === undefined ? "this month" : formatMonthLong(options.month);
    return { rating: "Not rated", reason: `Not rated: no figure for ${month}.`, basis: used };
  }
  if (used === null) {
    const why =
      def.polarity === "range"
        ? "no band of good values is set"
        : "there is no target or comparator";
    return { rating: "Not rated", reason: `Not rated: ${why}.`, basis: null };
  }
  if (used.kind === "band") return rateAgainstBand(value, def, used);
  if (used.kind === "quartile") return rateAgainstQuartile(value, def, used);
  const kind: ComparatorKind = used.kind === "target" ? "target" : used.comparator;
  if (options.withheld?.includes(kind) === true) {
    const reason = `Not rated: the ${FIGURE_NAMES[kind]} is withheld (small numbers).`;
    return { rating: "Not rated", reason, basis: used };
  }
  return rateAgainstComparator(value, def, comparators, used);
}

function rateAgainstQuartile(
  value: number,
  def: IndicatorDef,
  basis: Extract<RagBasis, { kind: "quartile" }>
): Rag {
  const among = basis.among;
  if (among === undefined || among.kind === "none") {
    const why = among?.reason ?? "there are no other authorities' figures to rank against";
    return { rating: "Not rated", reason: `Not rated: ${why}.`, basis };
  }
  const shown = (x: number) => formatValue(x, def.unit, def.decimals);
  const rated = rateByQuartile(value, among.values, def.polarity, among.yearLabel, shown);
  return {
    rating: rated.rating,
    reason: rated.reason,
    basis,
    ...(rated.summary === undefined ? {} : { summary: rated.summary }),
  };
}

function rateAgainstComparator(
  value: number,
  def: IndicatorDef,
  comparators: ComparatorValues,
  basis: Extract<RagBasis, { kind: "target" | "comparator" }>
): Rag {
  const kind: ComparatorKind = basis.kind === "target" ? "target" : basis.comparator;
  const label = COMPARATOR_LABELS[kind];
  const comparator = comparators[kind];
  if (!isNumber(comparator))
    return { rating: "Not rated", reason: `Not rated: no ${FIGURE_NAMES[kind]}.`, basis };
  if (def.polarity === "range") {
    return {
      rating: "Not rated",
      reason: `Not rated: neither higher nor lower is better, so ${label} is no line to judge by.`,
      basis,
    };
  }
  const fmt = (x: number) => formatValue(x, def.unit, def.decimals);
  const worseBy = def.polarity === "higher" ? comparator - value : value - comparator;
  if (!Number.isFinite(worseBy) || !Number.isFinite(value)) {
    return {
      rating: "Not rated",
      reason: "Not rated: the value or the line is too large to compare.",
      basis,
    };
  }
  const allowed = toleranceAmount(basis.tolerance ?? DEFAULT_TOLERANCE, comparator);
  const gap = formatDifference(worseBy, def.unit, def.decimals);
  const against = `${label} (${fmt(comparator)})`;
  if (worseBy <= 0) {
    const sentence =
      worseBy === 0 ? `is level with ${against}` : `is ${gap} better than ${against}`;
    return { rating: "Green", reason: `${fmt(value)} ${sentence}.`, basis };
  }
  const rating = worseBy <= allowed ? "Amber" : "Red";
  const within =
    rating === "Amber"
      ? `, within the ${describeTolerance(basis.tolerance ?? DEFAULT_TOLERANCE, def)} tolerance`
      : "";
  return { rating, reason: `${fmt(value)} is ${gap} worse than ${against}${within}.`, basis };
}

function rateAgainstBand(
  value: number,
  def: IndicatorDef,
  basis: Extract<RagBasis, { kind: "band" }>
): Rag {
  const band = def.band;
  if (band === undefined)
    return { rating: "Not rated", reason: "Not rated: no band of good values is set.", basis };
  const fmt = (x: number) => formatValue(x, def.unit, def.decimals);
  const bandText = `the ${bandLabel(band, def.unit)} band`;
  const distance = distanceToBand(value, band);
  if (!Number.isFinite(distance)) {
    return { rating: "Not rated", reason: "Not rated: the value is too large to compare.", basis };
  }
  if (distance === 0)
    return { rating: "Green", reason: `${fmt(value)} is inside ${bandText}.`, basis };
  const edge = distance < 0 ? band.low : band.high;
  const tolerance = basis.tolerance ?? DEFAULT_TOLERANCE;
  const rating = Math.abs(distance) <= toleranceAmount(tolerance, edge) ? "Amber" : "Red";
  const side = distance < 0 ? "below" : "above";
  const within =
    rating === "Amber" ? `, within the ${describeTolerance(tolerance, def)} tolerance` : "";
  const gap = formatDifference(distance, def.unit, def.decimals);
  return { rating, reason: `${fmt(value)} is ${gap} ${side} ${bandText}${within}.`, basis };
}

function toleranceAmount(tolerance: Tolerance, reference: number): number {
  return tolerance.kind === "absolute"
    ? Math.abs(tolerance.amount)
    : Math.abs(tolerance.fraction * reference);
}

function describeTolerance(tolerance: Tolerance, def: IndicatorDef): string {
  if (tolerance.kind === "relative") return `${formatNumber(tolerance.fraction * 100, 0)}%`;
  return formatDifference(tolerance.amount, def.unit, def.decimals);
}

function isNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

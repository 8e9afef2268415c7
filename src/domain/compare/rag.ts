import type { IndicatorDef } from "../indicators/indicator-def";
import { formatDifference, formatNumber, formatValue } from "../format/format-number";
import { bandLabel } from "../format/band-text";
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
  | { readonly kind: "band"; readonly tolerance?: Tolerance };

export type RagRating = "Green" | "Amber" | "Red" | "Not rated";

/** A rating always travels with the sentence that explains it: colour alone is not accessible. */
export interface Rag {
  readonly rating: RagRating;
  readonly reason: string;
  /** The basis actually used; `null` when not rated for want of one. */
  readonly basis: RagBasis | null;
}

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
 * the band); Amber: worse, but within tolerance; Red: beyond. Uses unrounded values; the sentence
 * shows them at the indicator's display precision.
 * @example rateIndicator(29.3, INDICATORS.rereferral_pct, { statNeighbours: 23.6 }).reason
 * // "29.3% is 5.7 points worse than statistical neighbours (23.6%)."
 */
export function rateIndicator(
  value: number | null,
  def: IndicatorDef,
  comparators: ComparatorValues,
  basis?: RagBasis
): Rag {
  if (def.polarity === "context") {
    return {
      rating: "Not rated",
      reason: `${def.name} is shown for context and not rated.`,
      basis: null,
    };
  }
  const used = basis ?? defaultRagBasis(def, comparators);
  if (used === null) {
    const why =
      def.polarity === "range"
        ? "no band of good values is set"
        : "there is no target or comparator";
    return { rating: "Not rated", reason: `Not rated: ${why}.`, basis: null };
  }
  if (value === null)
    return {
      rating: "Not rated",
      reason: "Not rated: there is no value for this month.",
      basis: used,
    };
  return used.kind === "band"
    ? rateAgainstBand(value, def, used)
    : rateAgainstComparator(value, def, comparators, used);
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
  if (!isNumber(comparator)) {
    const missing = kind === "target" ? "no target is set" : `there is no figure for ${label}`;
    return { rating: "Not rated", reason: `Not rated: ${missing}.`, basis };
  }
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

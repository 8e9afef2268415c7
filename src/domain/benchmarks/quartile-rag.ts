import type { RagRating } from "../compare/rag";
import type { PolarityKind } from "../indicators/indicator-def";
import { positionAmong, type RankPosition } from "./rank-quartile";

/** Which rating each quartile earns: the better half green, the third quarter amber, the last red. */
export const QUARTILE_RATINGS: Readonly<Record<1 | 2 | 3 | 4, RagRating>> = {
  1: "Green",
  2: "Green",
  3: "Amber",
  4: "Red",
};

const ORDINALS = ["", "first", "second", "third", "fourth"] as const;

/** A quartile rating: the sentence, the short form a scorecard cell shows, and the place. */
export interface QuartileRating {
  readonly rating: RagRating;
  readonly reason: string;
  /** "2nd quartile, rank 73 of 153 (2024/25)"; absent when not rated. */
  readonly summary?: string;
  readonly position: RankPosition | null;
}

/**
 * Rates a value by where it would stand among every authority's published figure for a year:
 * quartiles 1 and 2 (better than the median authority) Green, 3 Amber, 4 Red, polarity taken into
 * account. An indicator where neither way is better cannot be rated so: its rank says nothing of
 * merit. The reason says the quartile, the rank with ties, and the year; the summary says it short.
 * @example rateByQuartile(19.8, others, "lower", "2024/25").reason
 * // "19.8 would rank 73rd of 153 authorities (tied with 2) in 2024/25, in the second quartile (1 is best)."
 * @example rateByQuartile(19.8, others, "lower", "2024/25").summary
 * // "2nd quartile, rank 73 of 153 (2024/25)"
 */
export function rateByQuartile(
  value: number,
  others: readonly number[],
  polarity: PolarityKind,
  yearLabel: string,
  shown: (value: number) => string = String
): QuartileRating {
  if (polarity !== "higher" && polarity !== "lower")
    return {
      rating: "Not rated",
      reason: "Not rated: neither higher nor lower is better, so a quartile says nothing of merit.",
      position: null,
    };
  if (others.length === 0)
    return {
      rating: "Not rated",
      reason: `Not rated: no authority has a ${yearLabel} figure to rank against.`,
      position: null,
    };
  const position = positionAmong(others, value, polarity);
  const ties = position.tiedWith > 0 ? ` (tied with ${position.tiedWith})` : "";
  return {
    rating: QUARTILE_RATINGS[position.quartile],
    reason: `${shown(value)} would rank ${ordinal(position.rank)} of ${position.of} authorities${ties} in ${yearLabel}, in the ${ORDINALS[position.quartile]} quartile (1 is best).`,
    summary: `${ordinal(position.quartile)} quartile, rank ${position.rank} of ${position.of} (${yearLabel})`,
    position,
  };
}

/** @example ordinal(73) // "73rd" */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

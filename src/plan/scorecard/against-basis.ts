import { distanceToBand } from "../../domain/compare/band";
import { COMPARATOR_LABELS, type ComparatorKind } from "../../domain/compare/comparator";
import type { Assessment } from "../../domain/compare/variance";
import { formatDifference, formatNumber } from "../../domain/format/format-number";
import { roundHalfAwayFromZero } from "../../domain/format/round";
import { isWithheld, SUPPRESSED_SYMBOL } from "../../domain/format/suppression";
import type { PolarityKind } from "../../domain/indicators/indicator-def";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { publishedDecimals, scorecardDecimals } from "../number-formats";
import { bandLabel } from "./band-label";

const WORDS: Readonly<Record<"favourable" | "unfavourable", string>> = {
  favourable: "better than",
  unfavourable: "worse than",
};

/**
 * How the rated figure stands against what it is rated on, in words and in its unit, since a sign
 * means opposite things for opposite polarities: "2.1 points worse than target", "55.4 per 10,000
 * above band 450–650 per 10,000", "Within band 80–95%". The difference is that of the figures as
 * the scorecard shows them (the rated figure at its precision, the comparator as published), so a
 * reader who subtracts them gets the same. `c` where the rated figure is withheld; blank when the
 * indicator is not rated for want of a basis or a figure.
 * @example againstBasis(row /* 22.1% against a 20.0% target, lower is better *\/) // "2.1 points worse than target"
 */
export function againstBasis(row: ScorecardRow): string {
  const basis = row.rag.basis;
  if (isWithheld(row.headline)) return basis === null ? "" : SUPPRESSED_SYMBOL;
  const headline = row.headline.value;
  if (basis === null || headline === null) return "";
  const decimals = scorecardDecimals(row.def);
  const shown = roundHalfAwayFromZero(headline, decimals);
  const unit = row.def.unit;
  if (basis.kind === "band") {
    const band = row.def.band;
    if (band === undefined) return "";
    const distance = distanceToBand(shown, band);
    const label = bandLabel(band, unit);
    if (isZero(distance, decimals)) return `Within band ${label}`;
    const side = distance > 0 ? "above" : "below";
    return `${formatDifference(distance, unit, decimals)} ${side} band ${label}`;
  }
  // A quartile is a place, not a difference: the engine's short form says it.
  if (basis.kind === "quartile") return row.rag.summary ?? "";
  const kind: ComparatorKind = basis.kind === "target" ? "target" : basis.comparator;
  const comparison = row.comparisons.find((c) => c.comparator === kind);
  if (comparison === undefined) return "";
  if (isWithheld(comparison.variance)) return SUPPRESSED_SYMBOL;
  const published = roundHalfAwayFromZero(
    comparison.value,
    Math.max(decimals, publishedDecimals(comparison.value))
  );
  const difference = shown - published;
  const label = COMPARATOR_LABELS[kind];
  if (isZero(difference, decimals)) return `Level with ${label}`;
  const word = wordFor(row.def.polarity, difference, comparison.variance.assessment);
  return `${formatDifference(difference, unit, decimals)} ${word} ${label}`;
}

/**
 * Better or worse by the sign of the difference shown, for a higher- or lower-is-better indicator;
 * for a range indicator by the engine's judgement (nearer the band than the comparator is); above
 * or below where nothing is judged.
 */
function wordFor(polarity: PolarityKind, difference: number, assessment: Assessment): string {
  if (polarity === "higher" || polarity === "lower")
    return difference > 0 === (polarity === "higher") ? WORDS.favourable : WORDS.unfavourable;
  if (assessment === "neutral" || assessment === "level") return difference > 0 ? "above" : "below";
  return WORDS[assessment];
}

/** Whether a difference shows as nothing at the scorecard's precision. */
function isZero(difference: number, decimals: number): boolean {
  return /^[0.,]*$/.test(formatNumber(Math.abs(difference), decimals));
}

import { distanceToBand } from "../domain/compare/band";
import { roundHalfAwayFromZero } from "../domain/format/round";
import { isWithheld, SUPPRESSED_SYMBOL } from "../domain/format/suppression";
import type { PublishedFigure } from "../domain/indicators/figure";
import type { Band } from "../domain/indicators/indicator-def";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { scorecardDecimals } from "./number-formats";

/** What a direction is drawn against: last month, or the same month a year earlier. */
export type DirectionAgainst = "previous" | "lastYear";

/**
 * The direction-of-travel cell, drawn from the change itself: an arrow for which way the figure
 * moved (▲ up, ▼ down) and a word for what the move means, so the meaning never rests on the arrow
 * or a colour. "► No change" only for a move within the indicator's no-change threshold, or one
 * too small to show at the figures' precision (18.5% beside 18.5%). For an indicator rated on a
 * band, a move that stays inside the band reads "Within band"; one outside it "Improving" when it
 * ends nearer the band. Higher- or lower-is-better indicators read "Improving" or "Worsening";
 * context indicators, and range indicators without a band, "Up" or "Down". Where either figure is
 * withheld the cell is `c`, like the figures it would compare.
 * @example directionLabel(row /* 41.7% → 37.2%, band 35–50% *\/) // "▼ Within band"
 * @example directionLabel(row /* 24.0% → 22.1%, lower is better *\/) // "▼ Improving"
 * @example directionLabel(row /* 22.1% now, 25.0% in May last year *\/, "lastYear") // "▼ Improving"
 */
export function directionLabel(row: ScorecardRow, against: DirectionAgainst = "previous"): string {
  const earlierFigure: PublishedFigure =
    against === "previous" ? row.previous : row.sameMonthLastYear;
  const engine = against === "previous" ? row.directionVsPrevious : row.directionVsLastYear;
  if (isWithheld(engine) || isWithheld(row.value) || isWithheld(earlierFigure))
    return SUPPRESSED_SYMBOL;
  const current = row.value.value;
  const earlier = earlierFigure.value;
  if (current === null || earlier === null) return "– Not comparable";
  const decimals = scorecardDecimals(row.def);
  const shownAlike =
    roundHalfAwayFromZero(current, decimals) === roundHalfAwayFromZero(earlier, decimals);
  if (Math.abs(current - earlier) <= row.noChangeThreshold || shownAlike) return "► No change";
  const arrow = current > earlier ? "▲" : "▼";
  return `${arrow} ${travelWord(row, current, earlier)}`;
}

function travelWord(row: ScorecardRow, current: number, earlier: number): string {
  const { polarity, band } = row.def;
  const up = current > earlier ? "Up" : "Down";
  if (band !== undefined && (polarity === "range" || row.rag.basis?.kind === "band")) {
    return (
      bandWord(band, current, earlier) ??
      (polarity === "range" ? up : signWord(row, current, earlier))
    );
  }
  if (polarity === "context" || polarity === "range") return up;
  return signWord(row, current, earlier);
}

function signWord(row: ScorecardRow, current: number, earlier: number): string {
  return current > earlier === (row.def.polarity === "higher") ? "Improving" : "Worsening";
}

/** Inside the band both times, or nearer it, or further away; null when equally far either side. */
function bandWord(band: Band, current: number, earlier: number): string | null {
  const now = Math.abs(distanceToBand(current, band));
  const before = Math.abs(distanceToBand(earlier, band));
  if (now === 0 && before === 0) return "Within band";
  if (now === before) return null;
  return now < before ? "Improving" : "Worsening";
}

import { distanceToBand } from "../../domain/compare/band";
import { isWithheld } from "../../domain/format/suppression";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { scorecardDecimals } from "../number-formats";
import { line, shownValue, type CommentaryLine } from "./commentary-line";
import { signedChange, stated, statedDifference, statedPair } from "./stated-figures";

/**
 * The largest movements since the previous month, by their size against last month's figure,
 * each with its sign and size in the indicator's unit, worked out from the figures as stated
 * ("rose from 319 to 416 (+97)"), and judged where the indicator's polarity can judge it; a move
 * inside an indicator's band says so. A move within the no-change threshold, or one that rounds
 * away at the indicator's decimals, is no movement. Figures under disclosure control are
 * never quoted: an indicator with either month withheld is left out.
 * @example movements(rows, "April 2015", 3)[0].text // "Referrals rose from 319 to 416 (+97) since April 2015."
 */
export function movements(
  rows: readonly ScorecardRow[],
  since: string,
  top: number
): CommentaryLine[] {
  let comparable = 0;
  const moved = rows
    .flatMap((row) => {
      const now = shownValue(row.value);
      const before = shownValue(row.previous);
      if (now === null || before === null) return [];
      comparable++;
      if (isWithheld(row.directionVsPrevious)) return [];
      // "No change" is a move within the threshold, or one inside the band: only the first is none.
      const inBand = insideBand(row, now) && insideBand(row, before);
      if (row.directionVsPrevious === "No change" && !inBand) return [];
      const { unit } = row.def;
      const decimals = scorecardDecimals(row.def);
      const from = stated(before, unit, decimals);
      const to = stated(now, unit, decimals);
      const change = statedDifference(to, from);
      if (change === 0) return [];
      const size = from.value === 0 ? Number.POSITIVE_INFINITY : Math.abs(change / from.value);
      return [{ row, from, to, change, size }];
    })
    .sort((a, b) => b.size - a.size || a.row.def.name.localeCompare(b.row.def.name))
    .slice(0, top);
  if (moved.length === 0) {
    const text =
      comparable === 0
        ? `No indicator has figures for both ${since} and this month that can be shown, so no movement is reported.`
        : `No indicator moved since ${since}.`;
    return [line("Movement", null, text)];
  }
  return moved.map(({ row, from, to, change }) => {
    const { unit } = row.def;
    const decimals = scorecardDecimals(row.def);
    const verb = change > 0 ? "rose" : "fell";
    const judged =
      row.directionVsPrevious === "Improving"
        ? ", an improvement"
        : row.directionVsPrevious === "Worsening"
          ? ", a worsening"
          : row.directionVsPrevious === "No change"
            ? ", within the band"
            : "";
    return line(
      "Movement",
      row.id,
      `${row.def.name} ${verb} from ${statedPair(from, to, unit, "to")} (${signedChange(change, unit, decimals)}) since ${since}${judged}.`
    );
  });
}

/** Whether a value lies inside the indicator's band of good values (never, without a band). */
function insideBand(row: ScorecardRow, value: number): boolean {
  const band = row.def.band;
  return band !== undefined && distanceToBand(value, band) === 0;
}

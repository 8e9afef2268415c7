import { isWithheld, SUPPRESSED_SYMBOL } from "../domain/format/suppression";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";

/**
 * The direction-of-travel cell: an arrow for which way the figure moved (▲ up, ▼ down, ► level)
 * and a word for whether that is good news, so the meaning never rests on the arrow or a colour.
 * Context indicators, which are never judged, read "Up" or "Down". Where the engine withheld the
 * direction (either month is withheld), the cell is `c` like the figures it would compare.
 * @example directionLabel(row /* 24.0% → 22.1%, lower is better *\/) // "▼ Improving"
 */
export function directionLabel(row: ScorecardRow): string {
  const direction = row.directionVsPrevious;
  if (isWithheld(direction) || isWithheld(row.value) || isWithheld(row.previous))
    return SUPPRESSED_SYMBOL;
  const current = row.value.value;
  const previous = row.previous.value;
  if (current === null || previous === null) return "– Not comparable";
  if (direction === "No change" || current === previous) return "► No change";
  const arrow = current > previous ? "▲" : "▼";
  if (direction === "Not comparable") return `${arrow} ${current > previous ? "Up" : "Down"}`;
  return `${arrow} ${direction}`;
}

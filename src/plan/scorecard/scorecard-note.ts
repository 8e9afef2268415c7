import { isWithheld } from "../../domain/format/suppression";
import { formatMonthLong } from "../../domain/period/month";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import type { ReconciliationTally } from "../indicator-reconciliation";
import { withheldFigures } from "../withheld-figures";
import type { KindOf } from "./month-end";

const RATED_ON: Readonly<Record<ScorecardRow["headlineKind"], string | null>> = {
  month: null,
  ytd: "Rated on the year to date.",
  rolling12: "Rated on the rolling 12 months.",
};

/** What a note says besides the row itself. */
export interface NoteFacts {
  readonly tally?: ReconciliationTally | undefined;
  /** The months a marked rolling figure rests on; null when it is not marked. */
  readonly partYear: number | null;
  /** Benchmarks of the row from another year than the title block gives ("England 2013/14."). */
  readonly benchmarks?: string | undefined;
  /** Each measure's kind: a month-end count's year to date is no cell, so never a c to mention. */
  readonly kindOf: KindOf;
}

/**
 * The row's short note, for a committee: what is withheld, which figure is rated when it is not
 * the month's, a rolling figure on fewer than 12 months, a benchmark from another year, the
 * engine's own notes (incomplete data), and figures the data sheet prints that disagree with its
 * counts, briefly (the notes sheet has every finding, agreements too).
 * @example scorecardNote(row, { tally: { agrees: 3, disagrees: 1, uncheckable: 0 }, partYear: 9, kindOf })
 * // "* Rolling 12 months rests on 9 months of data. A data sheet figure disagrees: see notes."
 */
export function scorecardNote(row: ScorecardRow, facts: NoteFacts): string {
  const { tally, partYear } = facts;
  const parts: string[] = [];
  if (withheldFigures(row, facts.kindOf).length > 0) {
    parts.push("Small numbers are shown as c (disclosure control).");
  }
  const rated = RATED_ON[row.headlineKind];
  if (rated !== null) parts.push(rated);
  if (partYear !== null) {
    parts.push(
      `* Rolling 12 months rests on ${partYear} ${partYear === 1 ? "month" : "months"} of data.`
    );
  }
  if (facts.benchmarks !== undefined) parts.push(facts.benchmarks);
  parts.push(...row.notes.map((note) => plainNote(row, note)));
  if (tally !== undefined && tally.disagrees > 0) {
    parts.push(
      tally.disagrees === 1
        ? "A data sheet figure disagrees: see notes."
        : `${tally.disagrees} data sheet figures disagree: see notes.`
    );
  }
  return parts.join(" ");
}

/**
 * The engine's sentence about a figure with no data names the measures it looked for by id ("No
 * data for cpp_reviews, cpp_reviews_due in May-15"), which a committee cannot read: the note says
 * which months instead.
 */
function plainNote(row: ScorecardRow, note: string): string {
  const headline = row.headline;
  if (isWithheld(headline) || headline.problem?.code !== "NO_DATA") return note;
  if (note !== headline.problem.detail) return note;
  const { from, to } = headline.window;
  const months =
    from === to ? formatMonthLong(to) : `${formatMonthLong(from)} to ${formatMonthLong(to)}`;
  return `No data for ${months}.`;
}

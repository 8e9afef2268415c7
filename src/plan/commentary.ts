import type { RagRating } from "../domain/compare/rag";
import { addMonths, formatMonthLong, type MonthKey } from "../domain/period/month";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import type { BenchmarkYearOf } from "./benchmark-years";
import { achievementsAndPriorities } from "./commentary/achievements-priorities";
import type { CommentaryLine } from "./commentary/commentary-line";
import { movements } from "./commentary/movements";
import { neighbourGaps } from "./commentary/neighbour-gaps";
import { ragChanges } from "./commentary/rag-changes";
import { ragSummary } from "./commentary/rag-summary";

export type { CommentaryLine, CommentaryTopic } from "./commentary/commentary-line";

export interface CommentaryOptions {
  /** How many movements and gaps to name (3 unless told). */
  readonly top?: number;
  /** The year each benchmark is from, where the comparators sheet says, for the gaps. */
  readonly yearOf?: BenchmarkYearOf;
}

/**
 * The sentences a scorecard's author writes by hand, in the order a committee reads them: a RAG
 * summary naming the Red indicators; which indicators changed RAG since the previous month
 * (worsening first); the largest movements; the biggest gaps to statistical neighbours, context
 * indicators included; then the two closing lists, achievements and priorities. Every difference
 * is that of the figures as stated. Figures under disclosure control are never quoted, nor is
 * anything the engine withheld with them (a rating, a direction, a gap): such indicators are left
 * out.
 * @example generateCommentary(rows, { rereferral_pct: "Amber" }, monthKey(2015, 5))[1].text
 * // "Re-referrals within 12 months moved from Amber to Red since April 2015 (27.0% to 29.3%, +2.3 points)."
 */
export function generateCommentary(
  rows: readonly ScorecardRow[],
  previous: Readonly<Record<string, RagRating>>,
  reportingMonth: MonthKey,
  options: CommentaryOptions = {}
): CommentaryLine[] {
  const top = options.top ?? 3;
  const since = formatMonthLong(addMonths(reportingMonth, -1));
  return [
    ragSummary(rows, reportingMonth),
    ...ragChanges(rows, previous, since),
    ...movements(rows, since, top),
    ...neighbourGaps(rows, top, options.yearOf),
    ...achievementsAndPriorities(rows, since),
  ];
}

import type { RagRating } from "../../domain/compare/rag";
import { formatMonthLong, type MonthKey } from "../../domain/period/month";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { joinWords } from "../../domain/text/join-words";
import { line, type CommentaryLine } from "./commentary-line";

/**
 * The sentence a committee reads first: how many indicators are rated and how, then the Red ones
 * by name. A rating withheld under disclosure control is "Not rated" already, so the counts give
 * nothing away.
 * @example ragSummary(rows, monthKey(2015, 5)).text
 * // "In May 2015, 24 of the 38 indicators are rated: 7 Red, 2 Amber and 15 Green. Red: Contacts progressing to referral; … and Average social worker caseload. The other 14 are shown for context or not rated; the notes below give each reason."
 */
export function ragSummary(rows: readonly ScorecardRow[], month: MonthKey): CommentaryLine {
  const count = (rating: RagRating) => rows.filter((r) => r.rag.rating === rating).length;
  const [red, amber, green] = [count("Red"), count("Amber"), count("Green")];
  const rated = red + amber + green;
  const when = `In ${formatMonthLong(month)}`;
  if (rated === 0) {
    return line(
      "RAG summary",
      null,
      `${when}, no indicator is rated: each is shown for context or has no target, comparator or figure to be rated on; the notes below give each reason.`
    );
  }
  const are =
    rows.length === rated
      ? rated === 1
        ? "the one indicator is rated"
        : `all ${rated} indicators are rated`
      : `${rated} of the ${rows.length} indicators ${rated === 1 ? "is" : "are"} rated`;
  const tally = joinWords(
    (
      [
        [red, "Red"],
        [amber, "Amber"],
        [green, "Green"],
      ] as const
    ).flatMap(([n, rating]) => (n > 0 ? [`${n} ${rating}`] : []))
  );
  const reds = rows.filter((r) => r.rag.rating === "Red").map((r) => r.def.name);
  const named = reds.length === 0 ? "None is Red." : `Red: ${joinWords(reds)}.`;
  const others = rows.length - rated;
  const rest =
    others === 0
      ? ""
      : ` The other ${others === 1 ? "one is" : `${others} are`} shown for context or not rated; the notes below give each reason.`;
  return line("RAG summary", null, `${when}, ${are}: ${tally}. ${named}${rest}`);
}

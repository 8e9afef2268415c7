import type { RagRating } from "../domain/compare/rag";
import { formatDifference, formatValue } from "../domain/format/format-number";
import { isWithheld } from "../domain/format/suppression";
import type { PublishedFigure } from "../domain/indicators/figure";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { addMonths, formatMonthLong, type MonthKey } from "../domain/period/month";

export type CommentaryTopic = "RAG change" | "Movement" | "Statistical neighbours";

/** One generated sentence and what it is about. */
export interface CommentaryLine {
  readonly topic: CommentaryTopic;
  readonly indicatorId: string | null;
  readonly text: string;
}

export interface CommentaryOptions {
  /** How many movements and gaps to name (3 unless told). */
  readonly top?: number;
}

const RANK: Readonly<Record<RagRating, number>> = { Green: 0, Amber: 1, Red: 2, "Not rated": -1 };

/**
 * The sentences a scorecard's author writes by hand: which indicators changed RAG since the previous
 * month (worsening first), the largest movements since the previous month, and the biggest gaps to
 * statistical neighbours. Figures under disclosure control are never quoted, nor is anything the
 * engine withheld with them (a rating, a direction, a gap): such indicators are left out.
 * @example generateCommentary(rows, { rereferral_pct: "Amber" }, monthKey(2015, 5))[0].text
 * // "Re-referrals within 12 months moved from Amber to Red since April 2015 (27.0% to 29.3%)."
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
    ...ragChanges(rows, previous, since),
    ...movements(rows, since, top),
    ...neighbourGaps(rows, top),
  ];
}

function ragChanges(
  rows: readonly ScorecardRow[],
  previous: Readonly<Record<string, RagRating>>,
  since: string
): CommentaryLine[] {
  const changed = rows
    .filter((row) => !isWithheld(row.value) && !isWithheld(row.previous))
    .flatMap((row) => {
      const before = previous[row.id];
      const now = row.rag.rating;
      if (before === undefined || RANK[before] < 0 || RANK[now] < 0 || before === now) return [];
      return [{ row, before, now, worse: RANK[now] > RANK[before] }];
    })
    .sort((a, b) => Number(b.worse) - Number(a.worse));
  if (changed.length === 0) {
    return [line("RAG change", null, `No indicator changed its RAG rating since ${since}.`)];
  }
  return changed.map(({ row, before, now }) => {
    const [was, is] = [shownValue(row.previous), shownValue(row.value)];
    const figures =
      row.headlineKind === "month" && was !== null && is !== null
        ? ` (${show(row, was)} to ${show(row, is)})`
        : "";
    return line(
      "RAG change",
      row.id,
      `${row.def.name} moved from ${before} to ${now} since ${since}${figures}.`
    );
  });
}

function movements(rows: readonly ScorecardRow[], since: string, top: number): CommentaryLine[] {
  const moved = rows
    .flatMap((row) => {
      const now = shownValue(row.value);
      const before = shownValue(row.previous);
      if (now === null || before === null || now === before) return [];
      if (isWithheld(row.directionVsPrevious) || row.directionVsPrevious === "No change") return [];
      const size =
        before === 0 ? Number.POSITIVE_INFINITY : Math.abs(now - before) / Math.abs(before);
      return [{ row, now, before, size }];
    })
    .sort((a, b) => b.size - a.size || a.row.def.name.localeCompare(b.row.def.name))
    .slice(0, top);
  if (moved.length === 0) {
    return [line("Movement", null, `No indicator moved since ${since}.`)];
  }
  return moved.map(({ row, now, before }) => {
    const verb = now > before ? "rose" : "fell";
    const gap = formatDifference(now - before, row.def.unit, row.def.decimals);
    const judged =
      row.directionVsPrevious === "Improving"
        ? ", an improvement"
        : row.directionVsPrevious === "Worsening"
          ? ", a worsening"
          : "";
    return line(
      "Movement",
      row.id,
      `${row.def.name} ${verb} from ${show(row, before)} to ${show(row, now)} since ${since} (${gap})${judged}.`
    );
  });
}

function neighbourGaps(rows: readonly ScorecardRow[], top: number): CommentaryLine[] {
  const gaps = rows
    .flatMap((row) => {
      const value = shownValue(row.headline);
      if (row.def.polarity === "context" || value === null) return [];
      const comparison = row.comparisons.find((c) => c.comparator === "statNeighbours");
      if (comparison === undefined || isWithheld(comparison.variance)) return [];
      const { relative } = comparison.variance;
      if (relative === null) return [];
      return [{ row, value, comparison, variance: comparison.variance, relative }];
    })
    .sort(
      (a, b) =>
        Math.abs(b.relative) - Math.abs(a.relative) || a.row.def.name.localeCompare(b.row.def.name)
    )
    .slice(0, top);
  if (gaps.length === 0) {
    return [
      line(
        "Statistical neighbours",
        null,
        "No statistical neighbour figures were given, so no gaps to them are reported."
      ),
    ];
  }
  return gaps.map(({ row, value, comparison, variance }) => {
    const { absolute, assessment } = variance;
    const gap = formatDifference(absolute, row.def.unit, row.def.decimals);
    const against = `statistical neighbours (${show(row, comparison.value)})`;
    const relation =
      assessment === "level" || absolute === 0
        ? `level with ${against}`
        : assessment === "favourable"
          ? `${gap} better than ${against}`
          : assessment === "unfavourable"
            ? `${gap} worse than ${against}`
            : `${gap} ${absolute > 0 ? "above" : "below"} ${against}`;
    return line(
      "Statistical neighbours",
      row.id,
      `${row.def.name} stood at ${show(row, value)}, ${relation}.`
    );
  });
}

/** A figure's value when it is shown; `null` when withheld or not computed, so never quoted. */
function shownValue(figure: PublishedFigure): number | null {
  return isWithheld(figure) ? null : figure.value;
}

function show(row: ScorecardRow, value: number): string {
  return formatValue(value, row.def.unit, row.def.decimals);
}

function line(topic: CommentaryTopic, indicatorId: string | null, text: string): CommentaryLine {
  return { topic, indicatorId, text };
}

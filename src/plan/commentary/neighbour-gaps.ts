import { isWithheld } from "../../domain/format/suppression";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import type { BenchmarkYearOf } from "../benchmark-years";
import { publishedDecimals, scorecardDecimals } from "../number-formats";
import { HEADLINE_PHRASE, line, shownValue, type CommentaryLine } from "./commentary-line";
import {
  bare,
  differenceDecimals,
  gapSize,
  stated,
  statedDifference,
  type Stated,
} from "./stated-figures";

/**
 * The biggest gaps to statistical neighbours, by their size against the neighbours' figure, as the
 * seeds' authors write them ("… stood at 29.3% against a statistical neighbour average of 23.6%,
 * 5.7 points worse"). Context indicators count among them, and every context rate with a
 * neighbour figure follows (the looked-after rate above all): their gap is said as above or below,
 * since neither is better. The neighbours' year is said when the comparators sheet gives it ("an
 * average of 15.6% in 2013/14", as Peterborough writes). The gap is the difference of the two figures as
 * stated. Says which reason applies when there is none to report: no statistical neighbour figure
 * was given, or no figure this month to compare with one (no data, or withheld).
 * @example neighbourGaps(rows, 3)[0].text // "Agency social worker rate stood at 24.9% against a statistical neighbour average of 18.5%, 6.4 points worse."
 */
export function neighbourGaps(
  rows: readonly ScorecardRow[],
  top: number,
  yearOf: BenchmarkYearOf = () => null
): CommentaryLine[] {
  const compared = rows.flatMap((row) => {
    const comparison = row.comparisons.find((c) => c.comparator === "statNeighbours");
    return comparison === undefined ? [] : [{ row, comparison }];
  });
  const candidates = compared
    .flatMap(({ row, comparison }) => {
      const value = shownValue(row.headline);
      if (value === null || isWithheld(comparison.variance)) return [];
      const { relative, assessment } = comparison.variance;
      if (relative === null) return [];
      const { unit } = row.def;
      const decimals = scorecardDecimals(row.def);
      const ours = stated(value, unit, decimals);
      // The neighbours' figure as published, never at fewer places than the authority's own.
      const theirs = stated(
        comparison.value,
        unit,
        Math.max(decimals, publishedDecimals(comparison.value))
      );
      return [{ row, ours, theirs, relative, assessment }];
    })
    .sort(
      (a, b) =>
        Math.abs(b.relative) - Math.abs(a.relative) || a.row.def.name.localeCompare(b.row.def.name)
    );
  // The biggest gaps, then every context rate beside its neighbours (the looked-after rate, the
  // children in need rate), as the seeds' authors always set those out, gap or none.
  const biggest = candidates.slice(0, top);
  const gaps = [
    ...biggest,
    ...candidates.filter((c) => c.row.def.polarity === "context" && !biggest.includes(c)),
  ];
  if (gaps.length === 0) {
    // A row keeps a comparator only beside a figure, so "none was given" is said only when every
    // indicator has its figure; otherwise the sentence names both reasons it may be.
    const text =
      compared.length > 0
        ? "Statistical neighbour figures were given, but none beside a figure this month that can be shown, so no gap to them is reported."
        : rows.every((row) => shownValue(row.headline) !== null)
          ? "No statistical neighbour figures were given, so no gaps to them are reported."
          : "No indicator has both a figure this month and a statistical neighbour figure, so no gap to them is reported.";
    return [line("Statistical neighbours", null, text)];
  }
  return gaps.map(({ row, ours, theirs, assessment }) =>
    line(
      "Statistical neighbours",
      row.id,
      gapSentence(row, ours, theirs, assessment, yearOf(row, "statNeighbours"))
    )
  );
}

function gapSentence(
  row: ScorecardRow,
  ours: Stated,
  theirs: Stated,
  assessment: "favourable" | "unfavourable" | "level" | "neutral",
  year: string | null
): string {
  const { unit, name } = row.def;
  const when = HEADLINE_PHRASE[row.headlineKind];
  const difference = statedDifference(ours, theirs);
  const average = `a statistical neighbour average of ${theirs.text}${year === null ? "" : ` in ${year}`}`;
  if (difference === 0)
    return `${name} stood at ${bare(ours, unit)}${when}, in line with ${average}.`;
  const size = gapSize(difference, unit, differenceDecimals(ours, theirs));
  const how =
    assessment === "favourable"
      ? "better"
      : assessment === "unfavourable"
        ? "worse"
        : difference > 0
          ? "above"
          : "below";
  return `${name} stood at ${bare(ours, unit)}${when} against ${average}, ${size} ${how}.`;
}

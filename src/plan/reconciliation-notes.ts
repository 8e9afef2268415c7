import { formatNumber } from "../domain/format/format-number";
import { roundHalfAwayFromZero } from "../domain/format/round";
import { cellRuns } from "../domain/reconcile/cell-runs";
import {
  figureWhat,
  monthsPhrase,
  recomputedNumber,
  reportedNumber,
  type FigureNames,
} from "../domain/reconcile/figure-words";
import type { Finding, Reconciliation } from "../domain/reconcile/reconcile";
import { inferDecimals, isReportedPercent } from "../domain/reconcile/reported-figure";

/** One row of the notes' reconciliation group: kind, sheet, cells, the sentence, and a code. */
export type ReconciliationNote = readonly [
  kind: string,
  where: string,
  cell: string,
  detail: string,
  code: string,
];

/**
 * The reconciliation as the notes write it: one row per line of the sheet and verdict, not per
 * month ("% YTD of contacts progressing to referral disagrees with the counts in 12 months from
 * May 2014 to April 2015, by up to 1.3 points", cells M8:X8), each figure named in the analyst's
 * words and months in the long style; then the single counts that would explain several at once,
 * and how many figures agree. A finding withheld under disclosure control is grouped only with
 * others withheld, and no number of theirs is quoted.
 * @example reconciliationNotes(reconciliation, "CSC Data", names)[0]
 * // ["Disagrees", "CSC Data", "Z6", "YTD of Refs for May 2015 reads 753 but the counts give 735.", "ytd"]
 */
export function reconciliationNotes(
  reconciliation: Reconciliation,
  dataSheet: string,
  names: FigureNames
): ReconciliationNote[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of reconciliation.findings) {
    if (finding.status === "agrees") continue;
    const key = [
      finding.status,
      finding.withheld === true ? "withheld" : "",
      figureWhat(finding.figure, names),
      finding.reason ?? "",
    ].join("\u0000");
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  const rows: ReconciliationNote[] = [...groups.values()].map((group) => {
    const first = group[0] as Finding;
    const cells = group.flatMap((f) => (f.figure.cell === undefined ? [] : [f.figure.cell]));
    const kind = first.status === "disagrees" ? "Disagrees" : "Cannot be checked";
    return [
      kind,
      cells.length === 0 ? "" : dataSheet,
      cellRuns(cells),
      groupSentence(group, names),
      first.figure.kind,
    ];
  });
  for (const explanation of reconciliation.explanations) {
    rows.push([
      "Likely cause",
      explanation.cell === null ? "" : dataSheet,
      explanation.cell ?? "",
      explanation.message,
      explanation.measure,
    ]);
  }
  const agreeing = reconciliation.findings.filter((f) => f.status === "agrees").length;
  if (agreeing > 0) {
    const figures =
      agreeing === 1 ? "1 reported figure agrees" : `${agreeing} reported figures agree`;
    rows.push(["Agrees", "", "", `${figures} with the counts.`, ""]);
  }
  return rows;
}

/** The sentence for findings of one line and verdict. */
function groupSentence(group: readonly Finding[], names: FigureNames): string {
  const first = group[0] as Finding;
  const what = figureWhat(first.figure, names);
  const months = monthsPhrase(group.map((f) => f.figure.month));
  if (first.status === "uncheckable")
    return `${what} cannot be checked ${months}: ${first.reason ?? "it cannot be recomputed"}.`;
  if (first.withheld === true || first.recomputed === null)
    return `${what} disagrees with the counts ${months}; neither figure is quoted, since they are withheld under disclosure control.`;
  if (group.length === 1) {
    const value = first.recomputed;
    return `${what} ${months} reads ${reportedNumber(first.figure)} but the counts give ${recomputedNumber(first.figure, value)}.`;
  }
  return `${what} disagrees with the counts ${months}, by ${gapRange(group)}.`;
}

/**
 * How far the figures are from their counts, as the counts would be shown beside them: "1.3
 * points", or "up to 1.3 points" when they differ by different amounts.
 */
function gapRange(group: readonly Finding[]): string {
  const first = group[0] as Finding;
  const percent = isReportedPercent(first.figure);
  let decimals = 0;
  const gaps = group.map((finding) => {
    const shown = finding.figure.decimals ?? inferDecimals(finding.figure.value);
    const places = percent ? Math.max(shown, 1) : shown;
    decimals = Math.max(decimals, places);
    const recomputed = roundHalfAwayFromZero(finding.recomputed ?? 0, places);
    return roundHalfAwayFromZero(Math.abs(recomputed - finding.figure.value), places);
  });
  const largest = Math.max(...gaps);
  const size = formatNumber(largest, decimals);
  const unit = percent ? (/^1(?:\.0+)?$/.test(size) ? " point" : " points") : "";
  return `${Math.min(...gaps) === largest ? "" : "up to "}${size}${unit}`;
}

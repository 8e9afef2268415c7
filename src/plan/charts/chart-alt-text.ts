import { COMPARATOR_LABELS } from "../../domain/compare/comparator";
import { formatNumber, formatValue } from "../../domain/format/format-number";
import { isWithheld } from "../../domain/format/suppression";
import { formatMonthLong } from "../../domain/period/month";
import type { PublishedPoint, ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { restsOnPartYear } from "./chart-months";
import type { PlannedLine } from "./chart-lines";

/**
 * The chart's alternative text, in one sentence: how the indicator moved between the first and
 * the last month it shows, which months rest on fewer than 12 months of data, how many are
 * withheld, then each reference line with its year and the band. It quotes only figures the
 * chart shows (shown months, comparators, the band), never a withheld one nor anything built on
 * it, so it is as safe to publish as the chart.
 * @example chartDescription(row, months, lines)
 * // "Rose from 617.4 per 10,000 in June 2013 to 705.4 in May 2015; statistical neighbours 730.0 per 10,000 (2014/15)."
 */
export function chartDescription(
  row: ScorecardRow,
  months: readonly PublishedPoint[],
  lines: readonly PlannedLine[]
): string {
  const { unit, decimals } = row.def;
  const value = (v: number) => formatValue(v, unit, decimals);
  // A second figure in the same clause keeps its unit only where it is a sign ("%").
  const again = (v: number) => (unit === "percent" ? value(v) : formatNumber(v, decimals));
  const shown = months.flatMap((point) =>
    !isWithheld(point) && point.value !== null ? [{ month: point.month, value: point.value }] : []
  );
  const clauses: string[] = [];
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (first === undefined || last === undefined) {
    clauses.push("No month has a figure that can be shown");
  } else if (first === last) {
    clauses.push(`Was ${value(first.value)} in ${formatMonthLong(first.month)}`);
  } else {
    const from = formatNumber(first.value, decimals);
    const to = formatNumber(last.value, decimals);
    const move =
      from === to
        ? `Was ${value(first.value)} in ${formatMonthLong(first.month)} and the same in ${formatMonthLong(last.month)}`
        : `${last.value > first.value ? "Rose" : "Fell"} from ${value(first.value)} in ${formatMonthLong(first.month)} to ${again(last.value)} in ${formatMonthLong(last.month)}`;
    clauses.push(move);
  }
  const partial = months.filter((point) => restsOnPartYear(row, point));
  if (partial.length > 0) clauses.push(partYearClause(partial, months));
  const withheld = months.filter((point) => isWithheld(point)).length;
  if (withheld > 0) {
    clauses.push(
      `${withheld} ${withheld === 1 ? "month is" : "months are"} withheld under disclosure control (small numbers)`
    );
  }
  const references = lines.flatMap((line) => {
    const c = line.comparator;
    if (c === undefined) return [];
    return [
      `${COMPARATOR_LABELS[c.kind]} ${value(c.value)}${c.year === null ? "" : ` (${c.year})`}`,
    ];
  });
  if (references.length > 0) clauses.push(references.join(", "));
  const band = row.def.band;
  if (band !== undefined && lines.some((line) => line.role === "band")) {
    clauses.push(
      `the band of good values is ${formatNumber(band.low, decimals)} to ${value(band.high)}`
    );
  }
  return `${clauses.join("; ")}.`;
}

/** Which months the dotted line covers: a run from the start ("before June 2014"), or a count. */
function partYearClause(
  partial: readonly PublishedPoint[],
  months: readonly PublishedPoint[]
): string {
  const firstComplete = months.find((point) => !partial.includes(point));
  const leading = partial.every((point, i) => point === months[i]);
  if (leading && firstComplete !== undefined) {
    return `figures before ${formatMonthLong(firstComplete.month)} rest on fewer than 12 months of data (dotted)`;
  }
  if (firstComplete === undefined)
    return "every figure rests on fewer than 12 months of data (dotted)";
  const count = partial.length;
  return `${count} ${count === 1 ? "figure rests" : "figures rest"} on fewer than 12 months of data (dotted)`;
}

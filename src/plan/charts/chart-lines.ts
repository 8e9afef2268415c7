import { COMPARATOR_LABELS, type ComparatorKind } from "../../domain/compare/comparator";
import { isWithheld } from "../../domain/format/suppression";
import type { PublishedPoint, ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { capitalise } from "../../domain/text/capitalise";
import { cellNumber } from "../number-formats";
import { HEADER_FILL } from "../plan-input";
import type { BenchmarkYearOf } from "../benchmark-years";
import type { ChartLine, ChartLineRole, PlanCell } from "../plan-types";
import { restsOnPartYear } from "./chart-months";

/** How a line is drawn: colour, dash, width and markers. */
export interface LineLook {
  readonly color: string;
  readonly line: ChartLine;
  /** Points; Excel's default (2.25) when absent. */
  readonly weight?: number;
  readonly markers: boolean;
  /** Markers drawn hollow (white inside): a figure shown but not complete. */
  readonly hollow?: true;
}

/**
 * Each line's look, the same on every chart. Dashes or markers differ as well as colours, so no
 * line is told from another by colour alone; the part-year line is the indicator's, dotted, with
 * hollow markers (which tell it from England's dotted line, and its points from complete ones).
 */
export const LINE_LOOKS: Readonly<
  Record<"indicator" | "partial" | "band" | ComparatorKind, LineLook>
> = {
  indicator: { color: HEADER_FILL, line: "solid", markers: true },
  partial: { color: HEADER_FILL, line: "dot", markers: true, hollow: true },
  band: { color: "#548235", line: "solid", weight: 1.25, markers: false },
  statNeighbours: { color: "#C55A11", line: "dash", markers: false },
  england: { color: "#595959", line: "dot", markers: false },
  target: { color: "#7030A0", line: "dashDot", markers: false },
  region: { color: "#2E75B6", line: "dash", markers: false },
  lastYear: { color: "#A5A5A5", line: "dot", markers: false },
};

/** The comparators a chart draws as flat lines, in the legend's order. */
export const REFERENCE_LINES: readonly ComparatorKind[] = ["statNeighbours", "england", "target"];

/** One line of a chart as planned: its legend name, what it is, its look and its cell each month. */
export interface PlannedLine {
  readonly name: string;
  readonly role: ChartLineRole;
  readonly look: LineLook;
  /** Only for a comparator line: which comparator, and its figure. */
  readonly comparator?: {
    readonly kind: ComparatorKind;
    readonly value: number;
    readonly year: string | null;
  };
  readonly cell: (point: PublishedPoint) => PlanCell;
}

/**
 * The lines of one indicator's chart, each with the cell it writes for a month:
 * - the indicator's own figures, named by the authority ("Sample Borough"), as the seeds' charts
 *   name the council's line; a withheld or missing month is blank, so Excel draws a gap (text such
 *   as "c" would be drawn as a point at zero);
 * - for a rolling rate, the months resting on fewer than 12 months of data, as a line of their own
 *   ("Fewer than 12 months", the indicator's colour and markers, dotted), left out when there are none;
 * - statistical neighbours, England and target, flat, each benchmark named with its year
 *   ("Statistical neighbours 2014/15") when it is known;
 * - for an indicator rated against a band of good values, the band's two edges ("Band low",
 *   "Band high"): two lines both hosts draw alike, where a shaded area would need a combination chart.
 * @example chartLines(row, "Sample Borough", months, () => "2014/15").map((l) => l.name)
 * // ["Sample Borough", "Statistical neighbours 2014/15", "England 2014/15", "Target"]
 */
export function chartLines(
  row: ScorecardRow,
  authority: string,
  months: readonly PublishedPoint[],
  yearOf: BenchmarkYearOf
): PlannedLine[] {
  const unit = row.def.unit;
  const shownNumber = (point: PublishedPoint, partial: boolean): PlanCell =>
    isWithheld(point) || point.value === null || restsOnPartYear(row, point) !== partial
      ? ""
      : cellNumber(point.value, unit);
  const lines: PlannedLine[] = [
    {
      name: authority,
      role: "indicator",
      look: LINE_LOOKS.indicator,
      cell: (point) => shownNumber(point, false),
    },
  ];
  if (months.some((point) => restsOnPartYear(row, point))) {
    lines.push({
      name: "Fewer than 12 months",
      role: "partial",
      look: LINE_LOOKS.partial,
      cell: (point) => shownNumber(point, true),
    });
  }
  for (const kind of REFERENCE_LINES) {
    const comparison = row.comparisons.find((c) => c.comparator === kind);
    if (comparison === undefined) continue;
    const year = yearOf(row, kind);
    const label = capitalise(COMPARATOR_LABELS[kind]);
    lines.push({
      name: year === null ? label : `${label} ${year}`,
      role: "comparator",
      look: LINE_LOOKS[kind],
      comparator: { kind, value: comparison.value, year },
      cell: () => cellNumber(comparison.value, unit),
    });
  }
  const band = row.def.band;
  if (band !== undefined && row.rag.basis?.kind === "band") {
    for (const [name, value] of [
      ["Band low", band.low],
      ["Band high", band.high],
    ] as const) {
      lines.push({
        name,
        role: "band",
        look: LINE_LOOKS.band,
        cell: () => cellNumber(value, unit),
      });
    }
  }
  return lines;
}
